namespace CallCenter.Telephony.Sip.Registrar;

/// <summary>How the location service answered a REGISTER's bindings, and the bindings now current.</summary>
public sealed record RegistrationResult(RegistrationOutcome Outcome, IReadOnlyList<Binding> Bindings, TimeSpan? MinExpires = null);
