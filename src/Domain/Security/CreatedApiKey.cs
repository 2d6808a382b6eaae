namespace CallCenter.Domain.Security;

/// <summary>A key just created, with its secret: the only moment the secret is known.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
