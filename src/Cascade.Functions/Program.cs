using Cascade.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
CascadeFunctionsServices.Add(builder.Services, builder.Configuration);
builder.Build().Run();
