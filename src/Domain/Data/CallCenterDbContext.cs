using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Data;

/// <summary>The one database of the product: Domain tables and the engine's wf_* tables.</summary>
public sealed class CallCenterDbContext(DbContextOptions<CallCenterDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyEngineModel();
        // Domain entity configurations (agents, queues, calls, …) are added here as their issues land.
    }
}
