using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Data;

/// <summary>The one database of the product: Domain tables and the engine's wf_* tables.</summary>
public sealed class CallCenterDbContext(DbContextOptions<CallCenterDbContext> options) : DbContext(options)
{
    public DbSet<Telephony.Extension> Extensions => Set<Telephony.Extension>();
    public DbSet<Calls.CallDetailRecord> CallRecords => Set<Calls.CallDetailRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyEngineModel();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CallCenterDbContext).Assembly);
    }
}
