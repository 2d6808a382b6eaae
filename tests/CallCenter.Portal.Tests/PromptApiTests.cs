using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CallCenter.Portal.Tests;

/// <summary>The prompt library's HTTP API on the real portal process: upload, list, refuse a half upload, replace, delete.</summary>
public sealed class PromptApiTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-portal-prompts-").FullName;

    [Fact]
    public async Task A_wav_uploaded_by_multipart_is_stored_under_data_prompts_listed_and_a_half_upload_is_refused()
    {
        await using var portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90));
        using var http = portal.CreateClient();
        var wav = Wav(44100, 2, 1.0);

        using var created = await http.PostAsync("/api/v1/prompts", Form(wav, "welcome-12345", "welcome.wav"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using (var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()))
        {
            Assert.Equal(1000.0, body.RootElement.GetProperty("durationMs").GetInt32(), 5.0);
            var stored = Path.Combine(_folder, "data", body.RootElement.GetProperty("file").GetString()!);
            Assert.True(File.Exists(stored));
            Assert.Equal(44.0 + 16000, new FileInfo(stored).Length, 100.0); // 8 kHz mono 16-bit: 16,000 bytes a second
        }

        using var half = await http.PostAsync("/api/v1/prompts", Form(wav[..(wav.Length / 2)], "night", "night.wav"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, half.StatusCode);
        using (var body = JsonDocument.Parse(await half.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Truncated", body.RootElement.GetProperty("error").GetString());
            Assert.Contains("upload incomplete", body.RootElement.GetProperty("message").GetString());
        }

        using var duplicate = await http.PostAsync("/api/v1/prompts", Form(wav, "welcome-12345", "again.wav"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        using var list = JsonDocument.Parse(await http.GetStringAsync("/api/v1/prompts"));
        Assert.Equal(["welcome-12345"], list.RootElement.EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync("/api/v1/prompts/welcome-12345")).StatusCode);

        // The Say* vocabulary is synthesised at start into data/tts, so the first balance read waits for no espeak-ng.
        await portal.WaitForOutputAsync("Say* vocabulary for voice en is synthesised and cached", TimeSpan.FromSeconds(60));
        Assert.True(Directory.GetFiles(Path.Combine(_folder, "data", "tts", "cmn"), "*.wav", SearchOption.AllDirectories).Length >= 25);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/prompts/welcome-12345")).StatusCode);
    }

    private static MultipartFormDataContent Form(byte[] file, string name, string fileName)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        return new MultipartFormDataContent { { content, "file", fileName }, { new StringContent(name), "name" }, { new StringContent("en"), "language" } };
    }

    private static byte[] Wav(int rate, int channels, double seconds)
    {
        int frames = (int)(rate * seconds);
        var data = new byte[frames * channels * 2];
        for (int i = 0; i < frames; i++)
        {
            var sample = (short)(12000 * Math.Sin(2 * Math.PI * 440 * i / rate));
            for (int c = 0; c < channels; c++) BitConverter.TryWriteBytes(data.AsSpan((i * channels + c) * 2), sample);
        }

        var header = new MemoryStream();
        var w = new BinaryWriter(header);
        w.Write("RIFF"u8); w.Write(36 + data.Length); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)channels); w.Write(rate); w.Write(rate * channels * 2); w.Write((short)(channels * 2)); w.Write((short)16);
        w.Write("data"u8); w.Write(data.Length); w.Write(data);
        return header.ToArray();
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
