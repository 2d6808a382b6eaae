using CallCenter.Domain.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class QueueMemberConfiguration : IEntityTypeConfiguration<QueueMember>
{
    public void Configure(EntityTypeBuilder<QueueMember> b)
    {
        b.ToTable("queue_members", t => t.HasCheckConstraint("CK_queue_members_agent_or_group",
            "(\"AgentId\" IS NOT NULL AND \"GroupId\" IS NULL) OR (\"AgentId\" IS NULL AND \"GroupId\" IS NOT NULL)"));
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Agent).WithMany().HasForeignKey(x => x.AgentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Group).WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        // An agent or a group is a member of a queue at most once.
        b.HasIndex(x => new { x.QueueId, x.AgentId }).IsUnique();
        b.HasIndex(x => new { x.QueueId, x.GroupId }).IsUnique();
        b.HasIndex(x => x.AgentId);
        b.HasIndex(x => x.GroupId);
    }
}
