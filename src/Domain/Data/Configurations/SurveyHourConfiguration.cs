using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class SurveyHourConfiguration : IEntityTypeConfiguration<SurveyHour>
{
    public void Configure(EntityTypeBuilder<SurveyHour> b)
    {
        b.ToTable("report_survey_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.CallFlow).HasMaxLength(SurveyHour.MaxText);
        b.Property(x => x.Question).HasMaxLength(SurveyHour.MaxText);
        b.Property(x => x.Queue).HasMaxLength(SurveyHour.MaxText);
        b.Property(x => x.Agent).HasMaxLength(SurveyHour.MaxText);
        b.Property(x => x.Answer).HasMaxLength(SurveyHour.MaxText);
        b.HasIndex(x => new { x.HourUtc, x.CallFlow, x.Question, x.Queue, x.Agent, x.Answer }).IsUnique();
    }
}
