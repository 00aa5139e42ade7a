#ifndef CLAIMCHECK_CPOPPLER_H
#define CLAIMCHECK_CPOPPLER_H
// poppler's GLib binding (libpoppler-glib-dev), wrapped so that Swift never handles a GError, a GList or
// a GDateTime: every call below returns plain C values, and each object is released by the caller with
// cc_pdf_release (documents, pages) or cc_pdf_free (strings, rectangle arrays).
#include <poppler.h>
#include <string.h>

/// Opens a PDF from memory (the bytes are copied). On failure returns NULL, sets *code to a PopplerError
/// (0 invalid, 1 encrypted, 3 bad catalog, 4 damaged; 100 for an error of another domain) and copies
/// the library's message into `message` (NUL-terminated, at most `capacity` bytes).
static inline PopplerDocument *cc_pdf_open(const void *data, size_t length, int *code, char *message, size_t capacity) {
    GError *error = NULL;
    GBytes *bytes = g_bytes_new(data, length);
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &error);
    g_bytes_unref(bytes);
    *code = -1;
    if (capacity > 0) message[0] = 0;
    if (document == NULL) {
        *code = 100;
        if (error != NULL) {
            if (error->domain == POPPLER_ERROR) *code = error->code;
            if (capacity > 0 && error->message != NULL) {
                strncpy(message, error->message, capacity - 1);
                message[capacity - 1] = 0;
            }
            g_error_free(error);
        }
    }
    return document;
}

/// Releases a document or a page.
static inline void cc_pdf_release(void *object) { if (object) g_object_unref(object); }

/// Frees a string or an array the library allocated.
static inline void cc_pdf_free(void *memory) { g_free(memory); }

/// The creation date as the PDF writes it (its own time zone): year, month, day; 0 when absent.
static inline int cc_pdf_creation_day(PopplerDocument *document, int *month, int *day) {
    GDateTime *date = poppler_document_get_creation_date_time(document);
    if (date == NULL) return 0;
    int year = g_date_time_get_year(date);
    *month = g_date_time_get_month(date);
    *day = g_date_time_get_day_of_month(date);
    g_date_time_unref(date);
    return year;
}

/// How many images the page draws (a page of a scanned document is one image and no text).
static inline int cc_pdf_page_image_count(PopplerPage *page) {
    GList *mapping = poppler_page_get_image_mapping(page);
    int count = (int)g_list_length(mapping);
    poppler_page_free_image_mapping(mapping);
    return count;
}
#endif
