using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class RollupMarkConfiguration : IEntityTypeConfiguration<RollupMark>
{
    public void Configure(EntityTypeBuilder<RollupMark> b)
    {
        b.ToTable("report_rollup_marks");
        b.HasKey(x => x.Source);
        b.Property(x => x.Source).HasMaxLength(64);
        // Two folding passes at once (two Portals): the second one's batch fails on the mark and rolls back.
        b.Property(x => x.FoldedId).IsConcurrencyToken();
    }
}
