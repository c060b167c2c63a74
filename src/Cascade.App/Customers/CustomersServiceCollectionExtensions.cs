using Cascade.App.Opportunities;
using Cascade.Storage;
using Cascade.Storage.Customers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cascade.App.Customers;

/// <summary>
/// Registers customers after the first purchase: the settings (<c>Cascade:Customers</c>, checked at start), the
/// account's deals and their types, the customer stores, the status writer and its callers, the account read and
/// the customers report (stateless, hence singletons).
/// </summary>
public static class CustomersServiceCollectionExtensions
{
    public static IServiceCollection AddCascadeCustomers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CustomersOptions>().Bind(configuration.GetSection(CustomersOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomersOptions>, CustomersOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CustomersOptions>>().Value.ToSettings());

        services.TryAddSingleton(sp => new CustomerStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new CustomerFactStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton<AccountDeals>();
        services.TryAddSingleton<AccountFactsLoader>();
        services.TryAddSingleton<CustomerStatusUpdater>();
        services.TryAddSingleton<CustomerActivity>();
        services.TryAddSingleton<CustomerMaintenanceSweep>();
        services.TryAddSingleton<CustomerActionService>();
        services.TryAddSingleton<AccountQuery>();
        services.TryAddSingleton<CustomersReportQuery>();
        return services;
    }
}
