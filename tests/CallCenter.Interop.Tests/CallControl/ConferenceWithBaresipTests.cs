using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.CallControl;

/// <summary>
/// The dial-in conference (route 8800 → the shipped conference-room flow): three baresip phones, each speaking its own
/// tone, dial in and each hears the other two; an operator ends the conference through the API and every flow says
/// goodbye and hangs up.
/// </summary>
public sealed class ConferenceWithBaresipTests : SipPortalTest
{
    private const string Password = "Interop-Pass-Conference";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] Settings => [$"DemoData:ExtensionPassword={Password}"];

    [Fact]
    public async Task Three_callers_of_the_conference_number_each_hear_the_other_two_until_an_operator_ends_it()
    {
        var phones = new List<BaresipPhone>();
        try
        {
            foreach (var (user, hz) in new[] { ("1001", 600.0), ("1002", 1000.0), ("1003", 1400.0) })
            {
                var phone = await BaresipPhone.StartAsync(Folder, user, Password, Udp, autoAnswer: false, hz);
                phones.Add(phone);
                await phone.WaitRegisteredAsync(Wait);
            }
            foreach (var phone in phones) await phone.Control.CommandAsync("dial", $"sip:8800@{Udp.Address}:{Udp.Port}");
            foreach (var phone in phones) await phone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);

            using var http = Portal.CreateClient();
            var room = await RoomWithAsync(http, 3);
            Assert.Equal(["1001", "1002", "1003"], room.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("caller").GetString()).Order());
            // Not synchronisation: each phone's recording needs a few seconds of the mix for the spectrum check.
            await Task.Delay(TimeSpan.FromSeconds(3));

            (await http.DeleteAsync("/api/v1/conferences/8800")).EnsureSuccessStatusCode();
            foreach (var phone in phones) await phone.Control.WaitForEventAsync("CALL_CLOSED", Wait);

            double[] tones = [600, 1000, 1400];
            for (var i = 0; i < phones.Count; i++)
            {
                var path = phones[i].ReceivedRecording();
                Assert.True(path is not null, $"{phones[i].User} recorded nothing:\n{phones[i].Log}");
                var heard = TestWav.ReadSamples(path);
                var own = TestWav.PowerAt(heard, tones[i]);
                foreach (var other in tones.Where((_, j) => j != i))
                    Assert.True(TestWav.PowerAt(heard, other) > 10 * own, $"{phones[i].User} hears {other} Hz (own {tones[i]} Hz at {own:E2})");
            }
        }
        finally
        {
            foreach (var phone in phones) await phone.DisposeAsync();
        }
    }

    // Joining follows the welcome prompt, with nothing to await: the room is read every 100 ms, at most 15 s.
    private static async Task<JsonElement> RoomWithAsync(HttpClient http, int participants)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            var rooms = await http.GetFromJsonAsync<JsonElement>("/api/v1/conferences");
            foreach (var room in rooms.EnumerateArray())
                if (room.GetProperty("room").GetString() == "8800" && room.GetProperty("participants").GetArrayLength() == participants) return room;
            await Task.Delay(100);
        }
        throw new TimeoutException($"conference 8800 did not reach {participants} participants within 15 s");
    }
}
