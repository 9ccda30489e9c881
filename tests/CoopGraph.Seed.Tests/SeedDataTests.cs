using System.Text;
using System.Text.RegularExpressions;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed.Tests;

/// <summary>The repository's seed: complete provenance, quotes that the articles really contain, valid against the model.</summary>
public sealed partial class SeedDataTests
{
    private static readonly Lazy<SeedContent> Seed = new(() => SeedReader.ReadFolder(DomainModel.Model, RepositoryPaths.SeedDirectory));

    private static IEnumerable<NodeWrite> Nodes => Seed.Value.Nodes.Select(e => (NodeWrite)e.Write);

    private static IEnumerable<RelationshipWrite> Relationships => Seed.Value.Relationships.Select(e => (RelationshipWrite)e.Write);

    private static IEnumerable<(string Fact, SourceRef Ref)> AllRefs =>
        Nodes.SelectMany(n => n.Sources.Select(s => (n.Id, s)))
            .Concat(Relationships.SelectMany(r => r.Sources.Select(s => (r.Id, s))));

    [Fact]
    public void Seed_files_validate_against_the_model_and_across_files()
    {
        var errors = SeedValidator.Validate(DomainModel.Model, Seed.Value);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.True(Seed.Value.Nodes.Count > 50);
        Assert.True(Seed.Value.Relationships.Count > 80);
    }

    [Fact]
    public void Every_node_and_relationship_names_at_least_one_source()
    {
        Assert.All(Nodes, n => Assert.NotEmpty(n.Sources));
        Assert.All(Relationships, r => Assert.NotEmpty(r.Sources));
    }

    [Fact]
    public void Every_reference_quotes_the_words_it_rests_on_and_every_inferred_one_says_how()
    {
        Assert.All(AllRefs, r => Assert.False(string.IsNullOrWhiteSpace(r.Ref.Quote), $"{r.Fact}: a reference without a quote"));
        Assert.All(AllRefs.Where(r => r.Ref.Inferred), r => Assert.False(string.IsNullOrWhiteSpace(r.Ref.Note), $"{r.Fact}: an inferred ref needs a note"));

        // A fact with an inferred part (a year, a start date) keeps the source's own words beside the inference.
        var partlyInferred = AllRefs.GroupBy(r => r.Fact).Where(g => g.Any(r => r.Ref.Inferred) && g.Count() > 1);
        Assert.All(partlyInferred, fact => Assert.Contains(fact, r => !r.Ref.Inferred));
    }

    [Fact]
    public void Every_quote_occurs_in_the_article_piece_it_cites()
    {
        var pieces = ArticlePieces();
        var missing = AllRefs
            .Where(r => r.Ref.Quote is not null)
            .Where(r => !pieces[r.Ref.Source].Contains(Normalise(r.Ref.Quote!), StringComparison.Ordinal))
            .Select(r => $"{r.Fact}: \"{r.Ref.Quote}\" is not in {r.Ref.Source}")
            .ToArray();
        Assert.True(missing.Length == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void There_is_one_source_per_article_piece_and_each_names_an_existing_file()
    {
        var sources = Nodes.Where(n => n.Label == "Source").ToArray();
        Assert.Equal(4, sources.Length);
        Assert.All(sources, s => Assert.True(File.Exists(Path.Combine(RepositoryPaths.ArticlesDirectory, (string)s.Properties["file"]!))));
        Assert.Equal(
            ["quang-nam-nagasaki-ocean-waste-hoi-an.txt", "quang-nam-nagasaki-ocean-waste-hoi-an.txt", "quang-nam-nagasaki-ocean-waste-hoi-an.txt", "quang-ninh-hokkaido.txt"],
            sources.Select(s => (string)s.Properties["file"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_follow_the_id_rule()
    {
        foreach (var node in Nodes)
        {
            var label = DomainModel.Model.FindLabel(node.Label)!;
            Assert.True(Identifiers.IsNodeId(node.Id), node.Id);
            Assert.StartsWith(label.IdPrefix + ":", node.Id, StringComparison.Ordinal);
        }

        // Where the display name is the English name itself, the key is that name in kebab-case.
        string[] named = ["Country", "Province", "Place", "Person", "University", "CooperationField"];
        foreach (var node in Nodes.Where(n => named.Contains(n.Label)))
        {
            var name = (string)node.Properties["name"]!;
            Assert.Equal(DomainModel.Model.FindLabel(node.Label)!.IdPrefix + ":" + Kebab(name), node.Id);
        }
    }

    [Fact]
    public void Seed_files_are_in_the_exported_shape_sorted_by_id()
    {
        foreach (var group in Seed.Value.Nodes.Concat(Seed.Value.Relationships).GroupBy(e => e.File))
        {
            var expected = group.Select(e => e.Write switch
            {
                NodeWrite node => SeedJsonWriter.Node(node, DomainModel.Model.FindLabel(node.Label)),
                RelationshipWrite rel => SeedJsonWriter.Relationship(rel, DomainModel.Model.FindRelationshipType(rel.Type)),
                _ => throw new InvalidOperationException(),
            });
            var ids = group.Select(e => e.Write is NodeWrite n ? n.Id : ((RelationshipWrite)e.Write).Id).ToArray();
            Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
            Assert.Equal(string.Concat(expected.Select(l => l + "\n")), File.ReadAllText(group.Key, Encoding.UTF8));
        }
    }

    [Fact]
    public void Partial_dates_keep_the_precision_of_the_source_and_inferred_parts_say_so()
    {
        var events = Nodes.Where(n => n.Label == "Event").ToDictionary(n => n.Id);
        var session = events["event:vietnam-japan-environment-ministers-working-session"];
        Assert.Equal(PartialDate.Parse("--08-25"), session.Properties["startDate"]);

        var exchange = events["event:19th-hoi-an-japan-cultural-exchange-2023"];
        Assert.Equal(PartialDate.Parse("2023-08-04"), exchange.Properties["startDate"]);
        Assert.Equal(PartialDate.Parse("2023-08-06"), exchange.Properties["endDate"]);
        Assert.Contains(exchange.Sources, s => s.Inferred);
        Assert.Contains(exchange.Sources, s => !s.Inferred && s.Quote!.Contains("closed on the evening of August 6", StringComparison.Ordinal));

        var agreement = Nodes.Single(n => n.Id == "agreement:quang-ninh-hokkaido-cooperation-agreement");
        Assert.Equal(PartialDate.Parse("2023-11-16"), agreement.Properties["signedOn"]);
        Assert.Contains(agreement.Sources, s => s.Inferred && s.Quote!.Contains("November 16", StringComparison.Ordinal));

        var merchants = Nodes.Single(n => n.Id == "historical-tie:japanese-merchants-in-hoi-an");
        Assert.Equal(1601L, merchants.Properties["startYear"]);
        Assert.Equal(1700L, merchants.Properties["endYear"]);
    }

    [Fact]
    public void The_listed_cooperation_fields_are_all_there()
    {
        var fields = Nodes.Where(n => n.Label == "CooperationField").Select(n => (string)n.Properties["name"]!).ToHashSet();
        string[] quangNinh =
        [
            "culture", "tourism", "education and training", "modern integrated services", "manufacturing and processing",
            "advanced and smart technology", "marine economy", "logistics", "seaports and port services", "eco-agriculture",
            "digital transformation", "green transformation", "climate change response", "food and water security",
        ];
        string[] quangNam =
        [
            "specialised medical technology", "high-tech farming", "organic agriculture", "building new rural areas",
            "cultural preservation and tourism development", "response to natural disasters",
        ];
        Assert.All(quangNinh.Concat(quangNam), f => Assert.Contains(f, fields));
        Assert.Equal(14, Relationships.Count(r => r.Type == "SEEKS_COOPERATION_IN" && r.Start == "province:quang-ninh"));
        Assert.Equal(6, Relationships.Count(r => r.Type == "SEEKS_COOPERATION_IN" && r.Start == "province:quang-nam"));
    }

    [Fact]
    public void Counts_per_label_and_type_match_the_snapshot()
    {
        var counts = Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")
            .Concat(Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        Snapshooter.Xunit.Snapshot.Match(string.Join("\n", counts));
    }

    /// <summary>Source id → the normalised text of its piece: from its title to the next piece's title, or the whole file.</summary>
    private static Dictionary<string, string> ArticlePieces()
    {
        var pieces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Nodes.Where(n => n.Label == "Source").GroupBy(n => (string)n.Properties["file"]!))
        {
            var text = Normalise(File.ReadAllText(Path.Combine(RepositoryPaths.ArticlesDirectory, file.Key)));
            var ordered = file.OrderBy(s => s.Properties.GetValueOrDefault("piece") as long? ?? 0).ToArray();
            if (ordered.Length == 1)
            {
                pieces[ordered[0].Id] = text;
                continue;
            }

            var starts = ordered.Select(s => text.IndexOf(Normalise((string)s.Properties["title"]!), StringComparison.Ordinal)).ToArray();
            Assert.All(starts, s => Assert.True(s >= 0, $"The title of a piece of {file.Key} is not in the file."));
            for (var i = 0; i < ordered.Length; i++)
            {
                var end = i + 1 < ordered.Length ? starts[i + 1] : text.Length;
                pieces[ordered[i].Id] = text[starts[i]..end];
            }
        }

        return pieces;
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Kebab(string name) => NotKebab().Replace(TextFolding.Fold(name), "-").Trim('-');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKebab();
}
