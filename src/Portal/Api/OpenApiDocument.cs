using CallCenter.Portal.Security;
using Microsoft.OpenApi;

namespace CallCenter.Portal.Api;

/// <summary>The OpenAPI description of <c>/api/v1</c> at <c>/openapi/v1.json</c> (anonymous), with the <c>X-Api-Key</c> scheme.</summary>
public static class OpenApiDocument
{
    public static IServiceCollection AddPortalOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            // Only the integrators' API, not the sign-in form or the demo card system.
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "CallCenter WebCTI API";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[PortalAuthenticationSchemes.ApiKey] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = PortalAuthenticationSchemes.ApiKeyHeader,
                    Description = "An API key an Admin created (POST /api/v1/api-keys); its roles decide what it may do.",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PortalAuthenticationSchemes.ApiKey, document)] = [] });
                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapPortalOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
