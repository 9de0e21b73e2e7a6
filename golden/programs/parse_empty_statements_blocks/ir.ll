; ModuleID = 'parse_empty_statements_blocks.sy'
source_filename = "parse_empty_statements_blocks.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = dso_local global i32 0, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @empty_fn() #0 {
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @only_semicolons() #0 {
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @nested_empty() #0 {
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @returns_after_empties() #0 {
  ret i32 7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  call void @empty_fn()
  call void @only_semicolons()
  call void @nested_empty()
  store i32 0, i32* %2, align 4
  br label %5

5:                                                ; preds = %8, %0
  %6 = load i32, i32* %2, align 4
  %7 = icmp slt i32 %6, 5
  br i1 %7, label %8, label %11

8:                                                ; preds = %5
  %9 = load i32, i32* %2, align 4
  %10 = add nsw i32 %9, 1
  store i32 %10, i32* %2, align 4
  br label %5, !llvm.loop !6

11:                                               ; preds = %5
  br label %12

12:                                               ; preds = %13, %11
  br i1 false, label %13, label %14

13:                                               ; preds = %12
  br label %12

14:                                               ; preds = %12
  br label %15

15:                                               ; preds = %16, %14
  br i1 false, label %16, label %17

16:                                               ; preds = %15
  br label %15

17:                                               ; preds = %15
  %18 = load i32, i32* %2, align 4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %17
  br label %22

21:                                               ; preds = %17
  br label %22

22:                                               ; preds = %21, %20
  %23 = load i32, i32* %2, align 4
  %24 = icmp eq i32 %23, 5
  br i1 %24, label %25, label %26

25:                                               ; preds = %22
  br label %27

26:                                               ; preds = %22
  store i32 100, i32* %2, align 4
  br label %27

27:                                               ; preds = %26, %25
  %28 = load i32, i32* %2, align 4
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %31, label %30

30:                                               ; preds = %27
  br label %31

31:                                               ; preds = %30, %27
  %32 = call i32 @returns_after_empties()
  store i32 %32, i32* %3, align 4
  %33 = load i32, i32* %3, align 4
  store i32 %33, i32* @g, align 4
  store i32 0, i32* %4, align 4
  br label %34

34:                                               ; preds = %45, %44, %31
  %35 = load i32, i32* %4, align 4
  %36 = icmp slt i32 %35, 10
  br i1 %36, label %37, label %46

37:                                               ; preds = %34
  %38 = load i32, i32* %4, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, i32* %4, align 4
  %40 = load i32, i32* %4, align 4
  %41 = srem i32 %40, 2
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %37
  br label %45

44:                                               ; preds = %37
  br label %34, !llvm.loop !8

45:                                               ; preds = %43
  br label %34, !llvm.loop !8

46:                                               ; preds = %34
  %47 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %47)
  call void @putch(i32 noundef 32)
  %48 = load i32, i32* @g, align 4
  call void @putint(i32 noundef %48)
  call void @putch(i32 noundef 32)
  %49 = load i32, i32* %4, align 4
  call void @putint(i32 noundef %49)
  call void @putch(i32 noundef 10)
  %50 = load i32, i32* %2, align 4
  %51 = load i32, i32* @g, align 4
  %52 = add nsw i32 %50, %51
  %53 = load i32, i32* %4, align 4
  %54 = add nsw i32 %52, %53
  ret i32 %54
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
