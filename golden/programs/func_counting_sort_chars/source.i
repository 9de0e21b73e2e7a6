# 1 "func_counting_sort_chars.sy"
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
# 1 "func_counting_sort_chars.sy" 2

int counts[128];

int main() {
  int c = getch();
  int total = 0;
  while (c != -1) {
    if (c >= 0 && c < 128) counts[c] = counts[c] + 1;
    total = total + 1;
    c = getch();
  }
  int i = 33, distinct = 0;
  while (i < 127) {
    if (counts[i] > 0) {
      putch(i);
      putch(58);
      int k = 0;
      while (k < counts[i]) { putch(42); k = k + 1; }
      putch(10);
      distinct = distinct + 1;
    }
    i = i + 1;
  }
  i = 33;
  while (i < 127) {
    int k = counts[i];
    while (k > 0) { putch(i); k = k - 1; }
    i = i + 1;
  }
  putch(10);
  putf("total=%d distinct=%d spaces=%d newlines=%d\n", total, distinct, counts[32], counts[10]);
  return distinct;
}
