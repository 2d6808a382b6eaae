using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Data;

/// <summary>The one database of the product: Domain tables and the engine's wf_* tables.</summary>
public sealed class CallCenterDbContext(DbContextOptions<CallCenterDbContext> options) : DbContext(options)
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
    public DbSet<QueueEvents.QueueEvent> QueueEvents => Set<QueueEvents.QueueEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyEngineModel();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CallCenterDbContext).Assembly);
    }
}
