using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Attribution;

/// <summary>
/// The paths the Markov model learns from (domain §5): every opportunity's pipeline journey ends in
/// CONVERSION; every group of touches that belongs to no opportunity ends in NULL, namely
/// <list type="bullet">
/// <item>an account without opportunities: all touches of its people (stitched included) that are no
/// opportunity's contact, chronological, unwindowed;</item>
/// <item>a person without account who is no opportunity's contact;</item>
/// <item>an anonymous visitor never identified.</item>
/// </list>
/// An opportunity whose journey is empty adds no path: it has no channel to learn from.
/// </summary>
public static class MarkovPaths
{
    public static IReadOnlyList<ChannelPath> Build(
        TouchpointIndex index, IEnumerable<Opportunity> opportunities, IEnumerable<Journey> pipelineJourneys)
    {
        var paths = new List<ChannelPath>();
        foreach (var journey in pipelineJourneys)
        {
            if (!journey.IsEmpty)
            {
                paths.Add(new ChannelPath(journey.Touches.Select(t => t.Channel).ToArray(), Converted: true));
            }
        }

        var inOpportunity = new HashSet<EmailAddress>();
        var accountsWithOpportunity = new HashSet<string>(StringComparer.Ordinal);
        foreach (var opportunity in opportunities)
        {
            inOpportunity.UnionWith(index.PeopleOf(opportunity));
            if (AccountDomains.Normalize(opportunity.AccountDomain) is { } account)
            {
                accountsWithOpportunity.Add(account);
            }
        }

        foreach (var account in index.Accounts)
        {
            if (accountsWithOpportunity.Contains(account))
            {
                continue;
            }

            var touches = index.PeopleOf(account).Where(p => !inOpportunity.Contains(p)).SelectMany(index.TouchesOf).ToList();
            AddLost(paths, touches);
        }

        foreach (var person in index.People)
        {
            if (index.AccountOf(person) is null && !inOpportunity.Contains(person))
            {
                AddLost(paths, [.. index.TouchesOf(person)]);
            }
        }

        foreach (var visitor in index.AnonymousVisitors)
        {
            AddLost(paths, [.. index.TouchesOfVisitor(visitor)]);
        }

        return paths;
    }

    private static void AddLost(List<ChannelPath> paths, List<Touchpoint> touches)
    {
        touches.RemoveAll(t => TouchpointTypes.IsSurveyAnswer(t.Type));
        if (touches.Count == 0)
        {
            return;
        }

        touches.Sort(Touchpoint.Chronological);
        paths.Add(new ChannelPath(touches.Select(t => t.Channel).ToArray(), Converted: false));
    }
}
