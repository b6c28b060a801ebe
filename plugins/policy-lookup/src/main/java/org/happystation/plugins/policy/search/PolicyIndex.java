package org.happystation.plugins.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;

/**
 * An in-memory Lucene index of a set of entries (a station's published ones). Immutable once built, so one
 * index serves every kiosk of the station at once.
 */
public final class PolicyIndex {

    private static final String ID = "id";
    private static final String INITIALS = "initials";
    private static final String INITIALS_START = "initials_start";
    /** Text fields and how much a match in each counts: a word in the title says most about the entry. */
    private static final Map<String, Float> TEXT_FIELDS = orderedBoosts();

    private static final int FRAGMENT_BEFORE = 16;
    private static final int FRAGMENT_LENGTH = 72;

    private final Map<String, Policy> byId;
    private final IndexSearcher searcher;

    private PolicyIndex(Map<String, Policy> byId, IndexSearcher searcher) {
        this.byId = byId;
        this.searcher = searcher;
    }

    private static Map<String, Float> orderedBoosts() {
        var boosts = new LinkedHashMap<String, Float>();
        boosts.put("title", 4f);
        boosts.put("category", 2f);
        boosts.put("summary", 1.5f);
        boosts.put("qualification", 1f);
        boosts.put("steps", 1f);
        boosts.put("materials", 0.8f);
        return boosts;
    }

    /** Indexes the entries; each needs an id. */
    public static PolicyIndex of(Collection<Policy> policies) {
        var byId = new LinkedHashMap<String, Policy>();
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(ChineseText.analyzer()).setRAMBufferSizeMB(64);
        try (var writer = new IndexWriter(directory, config)) {
            for (Policy policy : policies) {
                byId.put(policy.id(), policy);
                writer.addDocument(document(policy));
            }
            writer.commit();
            return new PolicyIndex(byId, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Policy p) {
        var doc = new Document();
        doc.add(new StringField(ID, p.id(), Field.Store.YES));
        for (var entry : texts(p).entrySet()) {
            doc.add(new TextField(entry.getKey(), entry.getValue(), Field.Store.NO));
        }
        List<String> words = ChineseText.words(p.title());
        for (String spelling : PinyinInitials.fromAnyWord(words)) {
            doc.add(new StringField(INITIALS, spelling, Field.Store.NO));
        }
        for (String spelling : PinyinInitials.fromStart(words)) {
            doc.add(new StringField(INITIALS_START, spelling, Field.Store.NO));
        }
        return doc;
    }

    private static Map<String, String> texts(Policy p) {
        var texts = new LinkedHashMap<String, String>();
        texts.put("title", p.title());
        texts.put("category", p.category() == null ? "" : p.category().chineseName());
        texts.put("summary", p.summary());
        texts.put("qualification", p.qualification());
        texts.put("steps", String.join("\n", p.steps()));
        texts.put("materials", String.join("\n", p.materials()));
        return texts;
    }

    public int size() {
        return byId.size();
    }

    public Optional<Policy> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entries of a category, in the order they were given. */
    public List<Policy> inCategory(Category category) {
        return byId.values().stream().filter(p -> p.category() == category).toList();
    }

    /** The entries that match the query, best first, with the matched words marked. */
    public List<SearchHit> search(String query, int limit) {
        var words = QueryWords.of(query);
        try {
            var known = knownWords(words.words());
            Query lucene = query(known, words.initials());
            if (lucene == null) {
                return List.of();
            }
            var hits = new ArrayList<SearchHit>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc scoreDoc : searcher.search(lucene, limit).scoreDocs) {
                Policy policy = byId.get(stored.document(scoreDoc.doc).get(ID));
                hits.add(hit(policy, scoreDoc.score, Set.copyOf(known), words.initials()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words no entry contains cannot help, and must not count against the ones that do. */
    private List<String> knownWords(List<String> words) throws IOException {
        var known = new ArrayList<String>();
        for (String word : words) {
            for (String field : TEXT_FIELDS.keySet()) {
                if (searcher.getIndexReader().docFreq(new Term(field, word)) > 0) {
                    known.add(word);
                    break;
                }
            }
        }
        return known;
    }

    private static Query query(List<String> words, String initials) {
        var any = new BooleanQuery.Builder();
        boolean empty = true;
        if (!words.isEmpty()) {
            any.add(wordsQuery(words), Occur.SHOULD);
            empty = false;
        }
        if (!initials.isEmpty()) {
            any.add(new BoostQuery(new PrefixQuery(new Term(INITIALS, initials)), 3f), Occur.SHOULD);
            any.add(new BoostQuery(new PrefixQuery(new Term(INITIALS_START, initials)), 2f), Occur.SHOULD);
            empty = false;
        }
        return empty ? null : any.build();
    }

    /**
     * Each word may match in any field (the best field counts); an entry must match most words, but one or
     * two words it lacks (an extra word of a spoken request) do not rule it out.
     */
    private static Query wordsQuery(List<String> words) {
        var all = new BooleanQuery.Builder();
        for (String word : words) {
            var perField = new ArrayList<Query>();
            TEXT_FIELDS.forEach(
                    (field, boost) -> perField.add(new BoostQuery(new TermQuery(new Term(field, word)), boost)));
            all.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
        }
        int n = words.size();
        all.setMinimumNumberShouldMatch(n - Math.min(2, n / 2));
        return all.build();
    }

    private static SearchHit hit(Policy policy, float score, Set<String> words, String initials) {
        List<Segment> title = Highlighter.mark(policy.title(), words);
        if (!initials.isEmpty() && title.stream().noneMatch(Segment::match)) {
            title = Highlighter.markInitials(policy.title(), initials);
        }
        return new SearchHit(policy, score, title, fragment(policy, words));
    }

    private static List<Segment> fragment(Policy policy, Set<String> words) {
        var texts = texts(policy);
        for (String field : List.of("summary", "qualification", "steps", "materials")) {
            var marked = Highlighter.window(texts.get(field), words, FRAGMENT_BEFORE, FRAGMENT_LENGTH);
            if (marked.stream().anyMatch(Segment::match)) {
                return marked;
            }
        }
        return Highlighter.window(policy.summary(), new HashSet<>(), 0, FRAGMENT_LENGTH);
    }
}
