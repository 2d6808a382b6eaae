using CallCenter.Domain.Security;
using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Data;

/// <summary>The one database of the product: Domain tables, the engine's wf_* tables and the Portal's Identity tables (users, roles, …).</summary>
public sealed class CallCenterDbContext(DbContextOptions<CallCenterDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<Telephony.Extension> Extensions => Set<Telephony.Extension>();
    public DbSet<Calls.CallDetailRecord> CallRecords => Set<Calls.CallDetailRecord>();
    public DbSet<Calls.CallTrace> CallTraces => Set<Calls.CallTrace>();
    public DbSet<Customers.Customer> Customers => Set<Customers.Customer>();
    public DbSet<Customers.CustomerPhone> CustomerPhones => Set<Customers.CustomerPhone>();
    public DbSet<Lists.ListEntry> ListEntries => Set<Lists.ListEntry>();
    public DbSet<Calendars.BusinessCalendar> BusinessCalendars => Set<Calendars.BusinessCalendar>();
    public DbSet<Calendars.CalendarDay> CalendarDays => Set<Calendars.CalendarDay>();
    public DbSet<Tickets.Ticket> Tickets => Set<Tickets.Ticket>();
    public DbSet<Routing.InboundRoute> InboundRoutes => Set<Routing.InboundRoute>();
    public DbSet<Messaging.OutboxMessage> OutboxMessages => Set<Messaging.OutboxMessage>();
    public DbSet<Prompts.Prompt> Prompts => Set<Prompts.Prompt>();
    public DbSet<Agents.Agent> Agents => Set<Agents.Agent>();
    public DbSet<Agents.AgentSkill> AgentSkills => Set<Agents.AgentSkill>();
    public DbSet<Agents.AgentGroup> AgentGroups => Set<Agents.AgentGroup>();
    public DbSet<Agents.AgentStatusChange> AgentStatusChanges => Set<Agents.AgentStatusChange>();
    public DbSet<Queues.CallQueue> Queues => Set<Queues.CallQueue>();
    public DbSet<Queues.QueueMember> QueueMembers => Set<Queues.QueueMember>();
    public DbSet<Knowledge.KnowledgeArticle> KnowledgeArticles => Set<Knowledge.KnowledgeArticle>();
    public DbSet<Scripts.AgentScript> AgentScripts => Set<Scripts.AgentScript>();
    public DbSet<AgentMessages.AgentMessage> AgentMessages => Set<AgentMessages.AgentMessage>();
    public DbSet<QueueEvents.QueueEvent> QueueEvents => Set<QueueEvents.QueueEvent>();
    public DbSet<Calls.CallWrapUp> CallWrapUps => Set<Calls.CallWrapUp>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Webhooks.WebhookSubscription> WebhookSubscriptions => Set<Webhooks.WebhookSubscription>();
    public DbSet<Webhooks.WebhookDelivery> WebhookDeliveries => Set<Webhooks.WebhookDelivery>();
    public DbSet<Reports.Schedules.ReportSubscription> ReportSubscriptions => Set<Reports.Schedules.ReportSubscription>();
    public DbSet<Reports.Rollups.QueueHour> QueueHours => Set<Reports.Rollups.QueueHour>();
    public DbSet<Reports.Rollups.TrafficHour> TrafficHours => Set<Reports.Rollups.TrafficHour>();
    public DbSet<Reports.Rollups.RollupMark> RollupMarks => Set<Reports.Rollups.RollupMark>();
    public DbSet<Reports.Rollups.AgentCallHour> AgentCallHours => Set<Reports.Rollups.AgentCallHour>();
    public DbSet<Reports.Rollups.AgentStateHour> AgentStateHours => Set<Reports.Rollups.AgentStateHour>();
    public DbSet<Reports.Rollups.AgentStateCursor> AgentStateCursors => Set<Reports.Rollups.AgentStateCursor>();
    public DbSet<Reports.Rollups.IvrHour> IvrHours => Set<Reports.Rollups.IvrHour>();
    public DbSet<Reports.Rollups.HangupHour> HangupHours => Set<Reports.Rollups.HangupHour>();
    public DbSet<Reports.Rollups.ExtensionHour> ExtensionHours => Set<Reports.Rollups.ExtensionHour>();
    public DbSet<Reports.Rollups.SurveyHour> SurveyHours => Set<Reports.Rollups.SurveyHour>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Identity's tables named like ours.
        modelBuilder.Entity<PortalUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        modelBuilder.Entity<PortalUser>().Property(u => u.DisplayName).HasMaxLength(100);
        modelBuilder.Entity<PortalUser>().Property(u => u.AgentId).HasMaxLength(32);
        modelBuilder.Entity<PortalUser>().Property(u => u.PreferredCulture).HasMaxLength(16);
        modelBuilder.ApplyEngineModel();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CallCenterDbContext).Assembly);
    }
}
