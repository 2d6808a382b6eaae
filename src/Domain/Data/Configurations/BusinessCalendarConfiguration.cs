using CallCenter.Domain.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class BusinessCalendarConfiguration : IEntityTypeConfiguration<BusinessCalendar>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> b)
    {
        b.ToTable("business_calendars");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.TimeZone).HasMaxLength(64);
        b.HasMany(x => x.Slots).WithOne().HasForeignKey(s => s.CalendarId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Days).WithOne().HasForeignKey(d => d.CalendarId).OnDelete(DeleteBehavior.Cascade);
    }
}
