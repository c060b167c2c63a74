using Cascade.App.Opportunities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.App.Customers;

/// <summary>Registers what customers after the first purchase need: the account's deals and their types (stateless, hence singletons).</summary>
public static class CustomersServiceCollectionExtensions
{
    public static IServiceCollection AddCascadeCustomers(this IServiceCollection services)
    {
        services.TryAddSingleton<AccountDeals>();
        return services;
    }
}
