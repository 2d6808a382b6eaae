using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentStateCursorConfiguration : IEntityTypeConfiguration<AgentStateCursor>
{
    public void Configure(EntityTypeBuilder<AgentStateCursor> b)
    {
        b.ToTable("report_agent_state_cursors");
        b.HasKey(x => x.Agent);
        b.Property(x => x.Agent).HasMaxLength(32);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
    }
}
