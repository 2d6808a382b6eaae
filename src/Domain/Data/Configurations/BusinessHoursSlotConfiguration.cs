using CallCenter.Domain.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class BusinessHoursSlotConfiguration : IEntityTypeConfiguration<BusinessHoursSlot>
{
    public void Configure(EntityTypeBuilder<BusinessHoursSlot> b)
    {
        b.ToTable("business_hours_slots");
        b.HasKey(x => x.Id);
        b.Property(x => x.Day).HasConversion<string>().HasMaxLength(16);
    }
}
