namespace CallCenter.Telephony.Sip.Registrar;

/// <summary>What a REGISTER asks for one contact: keep it for <see cref="Expires"/> (zero removes it).</summary>
public sealed record BindingUpdate(string Contact, TimeSpan Expires, double Q = 1.0);
