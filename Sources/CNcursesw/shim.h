/* Parole's window onto ncursesw: the wide-character API plus small functions for the
   macros that Swift cannot import. See ../../docs or the team notes on ncursesw from Swift. */
#ifndef PAROLE_CNCURSESW_SHIM_H
#define PAROLE_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline int nc_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline unsigned int nc_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int nc_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int nc_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int nc_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int nc_a_color(void) { return (unsigned int)A_COLOR; }
/* Curses globals, read through functions: Swift 6 rejects direct use of mutable C globals. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline int nc_key_f(int n) { return KEY_F(n); }

static inline mmask_t nc_mouse_mask_wanted(void) {
    return (mmask_t)(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED);
}
static inline int nc_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int nc_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }
static inline int nc_mouse_is_click(mmask_t state) {
    return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0;
}

#endif
