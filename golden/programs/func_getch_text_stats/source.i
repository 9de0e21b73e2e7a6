# 1 "func_getch_text_stats.sy"
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
# 1 "func_getch_text_stats.sy" 2



int line_lengths[64];

int is_letter(int c) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) return 1;
  return 0;
}

int main() {
  int lines = 0, words = 0, length = 0, longest = 0;
  int in_word = 0, number = 0, in_number = 0, numbers_sum = 0, numbers = 0;
  starttime();
  int c = getch();
  while (c != -1) {
    if (is_letter(c)) {
      if (!in_word) {
        words = words + 1;
        if (c >= 97) c = c - 32;
      }
      in_word = 1;
    } else {
      in_word = 0;
    }
    if (c >= 48 && c <= 57) {
      number = number * 10 + c - 48;
      in_number = 1;
    } else if (in_number) {
      numbers_sum = numbers_sum + number;
      numbers = numbers + 1;
      number = 0;
      in_number = 0;
    }
    if (c == 10) {
      if (lines < 64) line_lengths[lines] = length;
      if (length > longest) longest = length;
      lines = lines + 1;
      length = 0;
    } else {
      length = length + 1;
    }
    putch(c);
    c = getch();
  }
  if (in_number) {
    numbers_sum = numbers_sum + number;
    numbers = numbers + 1;
  }
  if (length > 0) {
    if (lines < 64) line_lengths[lines] = length;
    if (length > longest) longest = length;
    lines = lines + 1;
  }
  stoptime();
  putch(10);
  putarray(lines, line_lengths);
  putf("lines=%d words=%d longest=%d numbers=%d sum=%d\n", lines, words, longest, numbers, numbers_sum);
  return words;
}
