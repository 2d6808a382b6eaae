using CallCenter.Domain.Calendars;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Customers.Excel;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Domain.Extensions;

/// <summary>Registers the services behind the customers page and the administration pages for calendars, routes and lists.</summary>
public static class AdministrationServiceCollectionExtensions
{
    /// <summary>Customer search, history and workbook import/export; the calendar, route and list stores.</summary>
    public static IServiceCollection AddAdministrationStores(this IServiceCollection services)
    {
        services.TryAddSingleton<CustomerSearch>();
        services.TryAddSingleton<CustomerHistory>();
        services.TryAddSingleton<CustomerWorkbookImporter>();
        services.TryAddSingleton<CustomerWorkbookExporter>();
        services.TryAddSingleton<BusinessCalendarStore>();
        services.TryAddSingleton<InboundRouteStore>();
        services.TryAddSingleton<ListEntryStore>();
        return services;
    }
}
