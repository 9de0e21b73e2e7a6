# 1 "func_kmp_search.sy"
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
# 1 "func_kmp_search.sy" 2

int text[512];
int pat[32];
int fail[32];

int build_fail(int m) {
  fail[0] = 0;
  int k = 0, i = 1;
  while (i < m) {
    while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
    if (pat[i] == pat[k]) k = k + 1;
    fail[i] = k;
    i = i + 1;
  }
  return k;
}

int search(int n, int m) {
  int count = 0, k = 0, i = 0, first = -1;
  while (i < n) {
    while (k > 0 && text[i] != pat[k]) k = fail[k - 1];
    if (text[i] == pat[k]) k = k + 1;
    if (k == m) {
      if (first < 0) first = i - m + 1;
      count = count + 1;
      k = fail[k - 1];
    }
    i = i + 1;
  }
  putf(" first=%d", first);
  return count;
}

int main() {
  int n = 0, c = getch();

  while (c != 10 && c != -1 && n < 512) {
    text[n] = c;
    n = n + 1;
    c = getch();
  }
  int total = 0;
  c = getch();
  while (c != -1) {
    int m = 0;
    while (c != 10 && c != -1 && m < 32) {
      pat[m] = c;
      m = m + 1;
      c = getch();
    }
    if (m > 0) {
      build_fail(m);
      putf("len=%d", m);
      int found = search(n, m);
      putf(" count=%d\n", found);
      total = total + found;
    }
    if (c != -1) c = getch();
  }
  return total;
}
