using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentCallHourConfiguration : IEntityTypeConfiguration<AgentCallHour>
{
    public void Configure(EntityTypeBuilder<AgentCallHour> b)
    {
        b.ToTable("report_agent_call_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.Agent).HasMaxLength(32);
        b.Property(x => x.Queue).HasMaxLength(64);
        b.HasIndex(x => new { x.HourUtc, x.Agent, x.Queue }).IsUnique();
    }
}
