using CallCenter.Domain.Scripts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class AgentScriptConfiguration : IEntityTypeConfiguration<AgentScript>
{
    public void Configure(EntityTypeBuilder<AgentScript> b)
    {
        b.ToTable("agent_scripts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(ScriptLibrary.MaxNameLength);
        b.Property(x => x.Queue).HasMaxLength(64);
        b.Property(x => x.Template).HasMaxLength(ScriptLibrary.MaxTemplateLength);
        b.HasIndex(x => x.Queue);
    }
}
