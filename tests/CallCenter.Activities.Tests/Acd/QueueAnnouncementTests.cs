using CallCenter.Activities.Acd;
using CallCenter.Domain.Acd;

namespace CallCenter.Activities.Tests.Acd;

/// <summary>What a waiting caller is told about their place and wait, in Chinese and English.</summary>
public sealed class QueueAnnouncementTests
{
    private static CallPosition At(int position, double? waitMinutes) =>
        new("c1", "hotline", position, TimeSpan.FromSeconds(40), waitMinutes is { } m ? TimeSpan.FromMinutes(m) : null);

    [Theory]
    [InlineData(3, 2.2, "zh", "您前面还有2位。预计等待3分钟。请耐心等候。")]
    [InlineData(1, 0.5, "zh", "您是下一位。预计等待不到1分钟。请耐心等候。")]
    [InlineData(3, 2.2, "en", "You are number 3 in the queue. Your estimated wait is 3 minutes.")]
    [InlineData(2, 0.9, "en", "You are number 2 in the queue. Your estimated wait is less than a minute.")]
    [InlineData(4, 1.0, "en-US", "You are number 4 in the queue. Your estimated wait is 1 minute.")]
    public void Position_and_estimated_wait_are_spoken_in_the_queues_language(int position, double wait, string language, string expected) =>
        Assert.Equal(expected, QueueAnnouncement.Text(At(position, wait), announcePosition: true, announceWait: true, language));

    [Fact]
    public void An_unknown_wait_leaves_only_the_position_and_nothing_asked_says_nothing()
    {
        Assert.Equal("您前面还有4位。请耐心等候。", QueueAnnouncement.Text(At(5, null), true, true, "zh"));
        Assert.Null(QueueAnnouncement.Text(At(5, 3), false, false, "zh"));
        Assert.Null(QueueAnnouncement.Text(At(5, null), false, true, "en"));
    }
}
