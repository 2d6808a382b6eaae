using CallCenter.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentSkillConfiguration : IEntityTypeConfiguration<AgentSkill>
{
    public void Configure(EntityTypeBuilder<AgentSkill> b)
    {
        b.ToTable("agent_skills", t => t.HasCheckConstraint("CK_agent_skills_level", "\"Level\" BETWEEN 1 AND 9"));
        b.HasKey(x => new { x.AgentId, x.Skill });
        b.Property(x => x.Skill).HasMaxLength(64);
        // Which agents have a skill (skills-based routing, reports).
        b.HasIndex(x => x.Skill);
    }
}
