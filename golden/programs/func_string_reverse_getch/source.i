# 1 "func_string_reverse_getch.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_string_reverse_getch.sy" 2

int buf[1024];
int word[64];

int is_letter(int c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

int is_digit(int c) {
  return c >= 48 && c <= 57;
}

int main() {
  int n = 0;
  int c = getch();
  while (c != -1 && n < 1024) {
    buf[n] = c;
    n = n + 1;
    c = getch();
  }
  int i = 0, letters = 0, digits = 0, lines = 0, wlen = 0;
  while (i <= n) {
    int ch = 32;
    if (i < n) ch = buf[i];
    if (is_letter(ch) || is_digit(ch)) {
      if (is_letter(ch)) letters = letters + 1;
      else digits = digits + 1;
      if (wlen < 64) {
        word[wlen] = ch;
        wlen = wlen + 1;
      }
    } else {
      while (wlen > 0) {
        wlen = wlen - 1;
        putch(word[wlen]);
      }
      if (i < n) putch(ch);
      if (ch == 10) lines = lines + 1;
    }
    i = i + 1;
  }
  putf("%c%c%c\n", 62, 62, 32);
  putf("letters=%d digits=%d lines=%d\n", letters, digits, lines);
  return letters + digits * 2 + lines;
}
