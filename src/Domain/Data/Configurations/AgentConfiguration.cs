using CallCenter.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> b)
    {
        b.ToTable("agents", t =>
        {
            t.HasCheckConstraint("CK_agents_max_concurrent_calls", "\"MaxConcurrentCalls\" >= 1");
            t.HasCheckConstraint("CK_agents_wrap_up_seconds", "\"WrapUpSeconds\" IS NULL OR \"WrapUpSeconds\" >= 0");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(32);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.DialPermission).HasConversion<string>().HasMaxLength(16);
        // An extension is one agent's: logging in on it must name one agent. Deleting the extension unassigns the agent.
        b.HasOne(x => x.Extension).WithMany().HasForeignKey(x => x.ExtensionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.ExtensionId).IsUnique();
        b.HasMany(x => x.Skills).WithOne().HasForeignKey(s => s.AgentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Groups).WithMany(g => g.Agents).UsingEntity<Dictionary<string, object>>(
            "agent_group_members",
            r => r.HasOne<AgentGroup>().WithMany().HasForeignKey("GroupId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne<Agent>().WithMany().HasForeignKey("AgentId").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.ToTable("agent_group_members");
                j.HasKey("AgentId", "GroupId");
                j.HasIndex("GroupId");
            });
    }
}
