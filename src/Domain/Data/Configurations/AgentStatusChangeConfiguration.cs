using CallCenter.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentStatusChangeConfiguration : IEntityTypeConfiguration<AgentStatusChange>
{
    public void Configure(EntityTypeBuilder<AgentStatusChange> b)
    {
        // Append-only; no foreign key to agents on purpose (see AgentStatusChange).
        b.ToTable("agent_status_changes");
        b.HasKey(x => x.Id);
        b.Property(x => x.AgentNumber).HasMaxLength(32);
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(200);
        // One agent's day (attendance, login reports, the API), and everyone's changes in a period.
        b.HasIndex(x => new { x.AgentNumber, x.At });
        b.HasIndex(x => x.At);
    }
}
