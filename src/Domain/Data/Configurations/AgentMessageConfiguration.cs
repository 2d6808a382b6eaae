using CallCenter.Domain.AgentMessages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentMessageConfiguration : IEntityTypeConfiguration<AgentMessage>
{
    public void Configure(EntityTypeBuilder<AgentMessage> b)
    {
        b.ToTable("agent_messages");
        b.HasKey(x => x.Id);
        b.Property(x => x.From).HasMaxLength(256);
        b.Property(x => x.ToAgentId).HasMaxLength(32);
        b.Property(x => x.Text).HasMaxLength(AgentMessageStore.MaxTextLength);
        b.HasIndex(x => new { x.ToAgentId, x.SentAt });
        b.HasIndex(x => new { x.From, x.SentAt });
    }
}
