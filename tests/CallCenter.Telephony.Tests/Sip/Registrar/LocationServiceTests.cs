using System.Net;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Sip.Registrar;

public sealed class LocationServiceTests
{
    private static readonly IPEndPoint Phone = new(IPAddress.Parse("192.0.2.10"), 40_000);
    private const string Aor = "sip:1001@callcenter";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly LocationService _location;

    public LocationServiceTests() => _location = new LocationService(_time, TimeSpan.FromSeconds(60), TimeSpan.FromHours(1));

    private RegistrationResult Register(string callId, long cseq, params BindingUpdate[] updates) =>
        _location.Register(Aor, callId, cseq, Phone, SipProtocol.Udp, updates);

    [Fact]
    public void A_registered_contact_is_found_until_it_expires_and_then_swept()
    {
        Assert.Equal(RegistrationOutcome.Ok, Register("c1", 1, new BindingUpdate("<sip:1001@192.0.2.10:40000>", TimeSpan.FromSeconds(120))).Outcome);
        var binding = Assert.Single(_location.Lookup(Aor));
        Assert.Equal(Phone, binding.Source);

        _time.Advance(TimeSpan.FromSeconds(121));
        Assert.Empty(_location.Lookup(Aor));
        Assert.Equal(1, _location.RemoveExpired());
        Assert.Equal(0, _location.Count);
    }

    [Fact]
    public void A_refresh_extends_the_binding_instead_of_adding_a_second_one()
    {
        Register("c1", 1, new BindingUpdate("<sip:1001@192.0.2.10:40000>", TimeSpan.FromSeconds(120)));
        _time.Advance(TimeSpan.FromSeconds(100));
        Register("c1", 2, new BindingUpdate("sip:1001@192.0.2.10:40000", TimeSpan.FromSeconds(120)));

        var binding = Assert.Single(_location.Lookup(Aor));
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(120), binding.ExpiresAt);
    }

    [Fact]
    public void Expires_zero_removes_one_contact_and_the_wildcard_removes_all()
    {
        Register("c1", 1, new BindingUpdate("sip:a@1", TimeSpan.FromSeconds(300)), new BindingUpdate("sip:b@2", TimeSpan.FromSeconds(300)));
        Register("c1", 2, new BindingUpdate("sip:a@1", TimeSpan.Zero));
        Assert.Equal("sip:b@2", Assert.Single(_location.Lookup(Aor)).Contact);

        Assert.Equal(RegistrationOutcome.Ok, Register("c1", 3, new BindingUpdate(LocationService.Wildcard, TimeSpan.Zero)).Outcome);
        Assert.Empty(_location.Lookup(Aor));
    }

    [Fact]
    public void The_wildcard_with_a_nonzero_expiry_or_other_contacts_is_refused()
    {
        Assert.Equal(RegistrationOutcome.InvalidWildcard, Register("c1", 1, new BindingUpdate("*", TimeSpan.FromSeconds(60))).Outcome);
        Assert.Equal(RegistrationOutcome.InvalidWildcard, Register("c1", 1, new BindingUpdate("*", TimeSpan.Zero), new BindingUpdate("sip:a@1", TimeSpan.Zero)).Outcome);
    }

    [Fact]
    public void A_too_short_expiry_is_refused_with_the_minimum_and_changes_nothing()
    {
        Register("c1", 1, new BindingUpdate("sip:a@1", TimeSpan.FromSeconds(300)));

        var result = Register("c1", 2, new BindingUpdate("sip:a@1", TimeSpan.FromSeconds(10)));

        Assert.Equal(RegistrationOutcome.IntervalTooBrief, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(60), result.MinExpires);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(300), Assert.Single(_location.Lookup(Aor)).ExpiresAt);
    }

    [Fact]
    public void A_replayed_or_out_of_order_REGISTER_from_the_same_call_id_is_refused()
    {
        Register("c1", 5, new BindingUpdate("sip:a@1", TimeSpan.FromSeconds(300)));

        Assert.Equal(RegistrationOutcome.OutOfOrder, Register("c1", 5, new BindingUpdate("sip:a@1", TimeSpan.Zero)).Outcome);
        Assert.Equal(RegistrationOutcome.OutOfOrder, Register("c1", 4, new BindingUpdate("sip:a@1", TimeSpan.Zero)).Outcome);
        Assert.Single(_location.Lookup(Aor));
        // A new Call-ID (the phone rebooted) may start its CSeq anywhere.
        Assert.Equal(RegistrationOutcome.Ok, Register("c2", 1, new BindingUpdate("sip:a@1", TimeSpan.Zero)).Outcome);
    }

    [Fact]
    public void Expiry_is_capped_at_the_maximum_and_lookups_prefer_higher_q()
    {
        Register("c1", 1, new BindingUpdate("sip:desk@1", TimeSpan.FromDays(7), Q: 0.5), new BindingUpdate("sip:soft@2", TimeSpan.FromSeconds(600), Q: 1.0));

        var bindings = _location.Lookup(Aor);

        Assert.Equal(["sip:soft@2", "sip:desk@1"], bindings.Select(b => b.Contact));
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromHours(1), bindings[1].ExpiresAt);
    }
}
