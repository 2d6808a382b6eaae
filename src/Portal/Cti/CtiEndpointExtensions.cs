namespace CallCenter.Portal.Cti;

/// <summary>Maps the CTI hub (<see cref="CtiHub"/>) at <see cref="HubPath"/>.</summary>
public static class CtiEndpointExtensions
{
    public const string HubPath = "/hubs/cti";

    public static HubEndpointConventionBuilder MapCti(this IEndpointRouteBuilder app) => app.MapHub<CtiHub>(HubPath);
}
