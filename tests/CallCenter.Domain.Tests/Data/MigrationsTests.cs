using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CallCenter.Domain.Tests.Data;

/// <summary>Each provider's migrations must describe the current model, or a deploy would miss a table or column.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql", "SqlServer" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_of_each_provider_match_the_model(string provider)
    {
        using var context = DesignTimeContext(provider);
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"the {provider} migrations lag behind the model: add a migration (see src/Domain/README.md)");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_reads_its_migrations_from_its_own_assembly(string provider)
    {
        using var context = DesignTimeContext(provider);
        var migrations = context.Database.GetMigrations().ToList();
        var assembly = context.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Assembly.GetName().Name;
        Assert.Equal($"CallCenter.Migrations.{provider}", assembly);
        Assert.NotEmpty(migrations);
    }

    private static CallCenterDbContext DesignTimeContext(string provider)
    {
        var type = Type.GetType($"CallCenter.Migrations.{provider}.DesignTimeFactory, CallCenter.Migrations.{provider}", throwOnError: true)!;
        var factory = (IDesignTimeDbContextFactory<CallCenterDbContext>)Activator.CreateInstance(type)!;
        return factory.CreateDbContext([]);
    }
}
