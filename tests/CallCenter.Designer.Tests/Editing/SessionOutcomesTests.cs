using CallCenter.Designer.Editing;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Editing;

/// <summary>Outcomes (the node's ports): declared, or following a Menu's options and a Switch's cases, always with Error.</summary>
public sealed class SessionOutcomesTests
{
    [Fact]
    public void Static_outcomes_come_from_the_descriptor_followed_by_Error()
    {
        var session = Flows.Session(Flows.MenuFlow());
        Assert.Equal(["Done", "Interrupted", "Error"], session.Outcomes("one"));
        Assert.Equal(["Done", "Error"], session.Outcomes("answer"));
        Assert.Empty(session.Outcomes("nowhere"));
    }

    [Fact]
    public void A_menus_outcomes_follow_its_options_as_they_are_edited()
    {
        var session = Flows.Session(Flows.MenuFlow());
        Assert.Equal(["1", "2", "Timeout", "Invalid", "Error"], session.Outcomes("menu"));

        session.SetProperty("menu", "options", Flows.Json("""[ { "digit": "1" }, { "digit": "2" }, { "digit": "9", "outcome": "Operator" } ]"""));
        Assert.Equal(["1", "2", "Operator", "Timeout", "Invalid", "Error"], session.Outcomes("menu"));
        Assert.True(session.Connect("menu", "Operator", "hangup"));

        session.Undo();
        session.Undo();
        Assert.Equal(["1", "2", "Timeout", "Invalid", "Error"], session.Outcomes("menu"));
    }

    [Fact]
    public void A_menu_option_removed_drops_its_connection_in_the_same_step_and_undo_restores_both()
    {
        var session = Flows.Session(Flows.MenuFlow());
        var changes = new List<DesignerChange>();
        session.Changed += changes.Add;

        session.SetProperty("menu", "options", Flows.Json("""[ { "digit": "1" } ]"""));

        Assert.DoesNotContain(session.Connections, c => c.Source == "menu" && c.Outcome == "2");
        Assert.Contains(new Connection("menu", "1", "one"), session.Connections);
        var change = Assert.Single(changes);
        Assert.Equal(["menu"], change.UpdatedNodes);
        Assert.Equal([new Connection("menu", "2", "two")], change.Disconnected);

        session.Undo();
        Assert.Contains(new Connection("menu", "2", "two"), session.Connections);
        Assert.Equal(["1", "2", "Timeout", "Invalid", "Error"], session.Outcomes("menu"));
    }

    [Fact]
    public void A_half_edited_menu_still_has_ports_for_its_options()
    {
        var session = Flows.Session(Flows.MenuFlow());
        // An expression where a number belongs does not bind; the options still make the ports.
        session.SetProperty("menu", "attempts", Flows.Json("\"three\""));
        Assert.Equal(["1", "2", "Timeout", "Invalid", "Error"], session.Outcomes("menu"));
    }

    [Fact]
    public void A_switchs_outcomes_follow_its_cases()
    {
        var session = Flows.Session();
        var node = session.AddActivity("Switch", new Position(0, 0));
        Assert.Equal(["Default", "Error"], session.Outcomes(node.Id));
        session.SetProperty(node.Id, "cases", Flows.Json("""[ { "outcome": "Vip", "condition": "vip" } ]"""));
        Assert.Equal(["Vip", "Default", "Error"], session.Outcomes(node.Id));
    }

    [Fact]
    public void Removing_a_property_sets_it_back_to_the_default()
    {
        var session = Flows.Session(Flows.MenuFlow());
        session.SetProperty("one", "text", null);
        Assert.False(session.Find("one")!.Properties.ContainsKey("text"));
        session.Undo();
        Assert.Equal("one", session.Find("one")!.Properties["text"].GetString());
    }
}
