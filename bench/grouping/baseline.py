#!/usr/bin/env python3
"""The baseline for bench_grouping: scikit-learn's TF-IDF with agglomerative clustering, the number of
labels as n_clusters, on the ideas of a labelled TSV (theme, lang, text), optionally of one language.

    baseline.py FILE [LANG]   prints the adjusted Rand index against the labels

Exit status 3 and "not installed" when scikit-learn is missing."""
import sys

try:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score
except ImportError:
    print("not installed")
    sys.exit(3)


def main():
    path = sys.argv[1]
    lang = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "mixed" else None
    labels, texts = [], []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 3 or (lang and cols[1] != lang):
                continue
            labels.append(cols[0])
            texts.append(cols[2])
    k = len(set(labels))
    if len(texts) < 2 or k < 2:
        print("too few ideas")
        sys.exit(2)
    x = TfidfVectorizer().fit_transform(texts).toarray()
    predicted = AgglomerativeClustering(n_clusters=k).fit_predict(x)
    print("%.4f" % adjusted_rand_score(labels, predicted))


main()
