# 1 "perf_insertion_sort.sy"
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
# 1 "perf_insertion_sort.sy" 2

int keys[3000];
int idx[3000];

int greater(int a, int b) {
  return a > b;
}

void insertion_sort(int n) {
  int i = 1;
  while (i < n) {
    int k = keys[i], id = idx[i];
    int j = i - 1;
    while (j >= 0 && greater(keys[j], k)) {
      keys[j + 1] = keys[j];
      idx[j + 1] = idx[j];
      j = j - 1;
    }
    keys[j + 1] = k;
    idx[j + 1] = id;
    i = i + 1;
  }
}

int main() {
  int n = getint();
  int s = getint(), i = 0;
  while (i < n) {
    s = (s * 8121 + 28411) % 134456;
    keys[i] = s % 500;
    idx[i] = i;
    i = i + 1;
  }
  starttime();
  insertion_sort(n);
  stoptime();
  int stable = 1, check = 0;
  i = 1;
  while (i < n) {
    if (keys[i] == keys[i - 1] && idx[i] < idx[i - 1]) stable = 0;
    if (keys[i] < keys[i - 1]) stable = 0;
    check = (check * 5 + idx[i]) % 999983;
    i = i + 1;
  }
  putf("stable=%d check=%d\n", stable, check);
  putarray(10, idx);
  return check % 256;
}
