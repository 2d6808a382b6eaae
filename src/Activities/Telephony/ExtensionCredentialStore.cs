using CallCenter.Domain.Data;
using CallCenter.Telephony.Sip.Auth;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Activities.Telephony;

/// <summary>SIP credentials from the extensions table: a disabled extension is reported as such, so the registrar refuses it.</summary>
public sealed class ExtensionCredentialStore(IDbContextFactory<CallCenterDbContext> factory) : ISipCredentialStore
{
    public async ValueTask<SipCredential?> FindAsync(string username, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var extension = await db.Extensions.AsNoTracking().FirstOrDefaultAsync(e => e.Number == username, ct);
        return extension is null ? null : new SipCredential(extension.Number, extension.Realm, extension.Ha1Md5, extension.Ha1Sha256, extension.Enabled);
    }
}
