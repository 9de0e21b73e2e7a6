# 1 "perf_bubble_sort.sy"
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
# 1 "perf_bubble_sort.sy" 2

int a[4000];

int main() {
  int n = getint();
  int seed = getint();
  int i = 0;
  while (i < n) {
    seed = (seed * 1103 + 12345) % 1000003;
    a[i] = seed % 20000 - 10000;
    i = i + 1;
  }
  starttime();
  i = 0;
  while (i < n - 1) {
    int j = 0;
    while (j < n - 1 - i) {
      if (a[j] > a[j + 1]) {
        int t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
      }
      j = j + 1;
    }
    i = i + 1;
  }
  stoptime();
  int check = 0;
  i = 0;
  while (i < n) {
    check = (check * 3 + a[i] + 10000) % 1000003;
    i = i + 1;
  }
  putint(a[0]); putch(32); putint(a[n / 2]); putch(32); putint(a[n - 1]); putch(10);
  putint(check); putch(10);
  return check % 256;
}
