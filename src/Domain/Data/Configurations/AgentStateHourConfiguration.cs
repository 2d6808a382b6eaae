using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentStateHourConfiguration : IEntityTypeConfiguration<AgentStateHour>
{
    public void Configure(EntityTypeBuilder<AgentStateHour> b)
    {
        b.ToTable("report_agent_state_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.Agent).HasMaxLength(32);
        b.HasIndex(x => new { x.HourUtc, x.Agent }).IsUnique();
    }
}
