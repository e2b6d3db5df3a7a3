// mcentral.c: the central free lists, one per span class. Go: runtime/mcentral.go.
//
// An mcentral holds the spans of its class that no mcache is using:
// partial (some free slots) and full. Go keeps swept/unswept sets because
// it sweeps lazily; here the collector sweeps every span while the world
// is stopped (mgcsweep.c) and re-files it, so two lists suffice.
#include "malloc.h"

// ---- mSpanList: a doubly linked list of spans --------------------------------------

void mSpanList_insert(mSpanList *l, mspan *s) {
    if (s->list != nil) throw("mSpanList_insert: span already on a list");
    s->prev = nil;
    s->next = l->first;
    if (l->first != nil) l->first->prev = s;
    else l->last = s;
    l->first = s;
    s->list = l;
}

void mSpanList_remove(mSpanList *l, mspan *s) {
    if (s->list != l) throw("mSpanList_remove: span not on list");
    if (s->prev != nil) s->prev->next = s->next;
    else l->first = s->next;
    if (s->next != nil) s->next->prev = s->prev;
    else l->last = s->prev;
    s->next = s->prev = nil;
    s->list = nil;
}

// ---- mcentral ---------------------------------------------------------------------------

void mcentral_init(mcentral *c, spanClass spc) {
    c->spanclass = spc;
    c->partial = (mSpanList){nil, nil};
    c->full = (mSpanList){nil, nil};
}

// cacheSpan returns a span with free slots for an mcache: a partial one
// if there is one, else a new span from the heap.
mspan *mcentral_cacheSpan(mcentral *c) {
    lock(&c->lock);
    mspan *s = c->partial.first;
    if (s != nil) mSpanList_remove(&c->partial, s);
    unlock(&c->lock);
    if (s != nil) return s;
    uint8_t sc = spanClassSizeclass(c->spanclass);
    s = mheap_alloc(class_to_allocnpages[sc], c->spanclass);
    return s;
}

// uncacheSpan takes back a span from an mcache.
void mcentral_uncacheSpan(mcentral *c, mspan *s) {
    lock(&c->lock);
    mSpanList_insert(s->allocCount == s->nelems ? &c->full : &c->partial, s);
    unlock(&c->lock);
}
