using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed;

public static partial class SeedReader
{
    /// <summary>Runs the model's checks on read entries in chunks and keeps their canonical writes.</summary>
    private sealed class Collector(GraphModel model)
    {
        private const int ChunkSize = 512;
        private readonly List<SeedEntry> _pending = [];
        private readonly List<SeedEntry> _nodes = [];
        private readonly List<SeedEntry> _relationships = [];
        private readonly Dictionary<string, string?> _articles = new(StringComparer.Ordinal);

        public List<SeedError> Errors { get; } = [];

        /// <summary>The seed's <c>articles/</c> folder: a Source whose <c>file</c> is there carries that file's text.</summary>
        public string? ArticlesFolder { get; init; }

        public void Add(SeedEntry entry)
        {
            _pending.Add(WithArticleText(entry));
            if (_pending.Count >= ChunkSize)
            {
                Flush();
            }
        }

        public SeedContent Finish()
        {
            Flush();
            var errors = Errors
                .Select((error, order) => (error, order))
                .OrderBy(e => e.error.File, StringComparer.Ordinal)
                .ThenBy(e => e.error.Line)
                .ThenBy(e => e.order)
                .Select(e => e.error)
                .ToArray();
            return new SeedContent(_nodes, _relationships, errors);
        }

        /// <summary>
        /// A Source line names its article file rather than repeating its text; the text is what quotes are checked against
        /// when the seed is written, so a quote the article does not hold stops the import.
        /// </summary>
        private SeedEntry WithArticleText(SeedEntry entry)
        {
            if (ArticlesFolder is null
                || entry.Write is not NodeWrite { Label: GraphModel.SourceLabel } source
                || source.Properties.ContainsKey(WriteResolver.SourceTextProperty)
                || source.Properties.GetValueOrDefault(SeedLayout.SourceFileProperty) is not string file
                || Path.GetFileName(file) != file)
            {
                return entry;
            }

            if (ArticleText(file) is not { } text)
            {
                return entry;
            }

            var properties = new Dictionary<string, object?>(source.Properties, StringComparer.Ordinal)
            {
                [WriteResolver.SourceTextProperty] = text,
            };
            return entry with { Write = source with { Properties = properties } };
        }

        /// <summary>An article's text, read once: the pieces of one file are Sources of their own that share it.</summary>
        private string? ArticleText(string file)
        {
            if (!_articles.TryGetValue(file, out var text))
            {
                var path = Path.Combine(ArticlesFolder!, file);
                text = File.Exists(path) ? File.ReadAllText(path) : null;
                _articles[file] = text;
            }

            return text;
        }

        private void Flush()
        {
            if (_pending.Count == 0)
            {
                return;
            }

            var (canonical, errors) = ModelWriteValidator.Validate(model, new GraphBatch(_pending.Select(p => p.Write)));
            foreach (var error in errors)
            {
                Errors.Add(_pending[error.OperationIndex].Error(error.Code, error.Message));
            }

            for (var i = 0; i < _pending.Count; i++)
            {
                var entry = _pending[i] with { Write = canonical[i] };
                (entry.Write is NodeWrite ? _nodes : _relationships).Add(entry);
            }

            _pending.Clear();
        }
    }
}
