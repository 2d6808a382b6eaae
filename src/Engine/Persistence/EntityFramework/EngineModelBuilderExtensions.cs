using Microsoft.EntityFrameworkCore;

namespace CallCenter.Engine.Persistence.EntityFramework;

/// <summary>Adds the engine's tables (wf_*) to a DbContext's model.</summary>
public static class EngineModelBuilderExtensions
{
    public static ModelBuilder ApplyEngineModel(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EngineModelBuilderExtensions).Assembly);
}
