; ModuleID = 'func_short_circuit_effects.sy'
source_filename = "func_short_circuit_effects.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@calls = dso_local global i32 0, align 4
@trace = dso_local global [32 x i32] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @mark(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %3, align 4
  %6 = load i32, i32* @calls, align 4
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %7
  store i32 %5, i32* %8, align 4
  %9 = load i32, i32* @calls, align 4
  %10 = add nsw i32 %9, 1
  store i32 %10, i32* @calls, align 4
  %11 = load i32, i32* %4, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @safe_div_check(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, i32* %4, align 4
  store i32 %1, i32* %5, align 4
  %6 = load i32, i32* %5, align 4
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %8, label %14

8:                                                ; preds = %2
  %9 = load i32, i32* %4, align 4
  %10 = load i32, i32* %5, align 4
  %11 = sdiv i32 %9, %10
  %12 = icmp sgt i32 %11, 2
  br i1 %12, label %13, label %14

13:                                               ; preds = %8
  store i32 1, i32* %3, align 4
  br label %15

14:                                               ; preds = %8, %2
  store i32 0, i32* %3, align 4
  br label %15

15:                                               ; preds = %14, %13
  %16 = load i32, i32* %3, align 4
  ret i32 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  %4 = call i32 @mark(i32 noundef 1, i32 noundef 0)
  %5 = icmp ne i32 %4, 0
  br i1 %5, label %6, label %12

6:                                                ; preds = %0
  %7 = call i32 @mark(i32 noundef 2, i32 noundef 1)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %6
  %10 = load i32, i32* %2, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, i32* %2, align 4
  br label %12

12:                                               ; preds = %9, %6, %0
  %13 = call i32 @mark(i32 noundef 3, i32 noundef 1)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %18, label %15

15:                                               ; preds = %12
  %16 = call i32 @mark(i32 noundef 4, i32 noundef 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %21

18:                                               ; preds = %15, %12
  %19 = load i32, i32* %2, align 4
  %20 = add nsw i32 %19, 2
  store i32 %20, i32* %2, align 4
  br label %21

21:                                               ; preds = %18, %15
  %22 = call i32 @mark(i32 noundef 5, i32 noundef 1)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %27

24:                                               ; preds = %21
  %25 = call i32 @mark(i32 noundef 6, i32 noundef 0)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %30, label %27

27:                                               ; preds = %24, %21
  %28 = call i32 @mark(i32 noundef 7, i32 noundef 1)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %30, label %33

30:                                               ; preds = %27, %24
  %31 = load i32, i32* %2, align 4
  %32 = add nsw i32 %31, 4
  store i32 %32, i32* %2, align 4
  br label %33

33:                                               ; preds = %30, %27
  %34 = call i32 @mark(i32 noundef 8, i32 noundef 0)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %42, label %36

36:                                               ; preds = %33
  %37 = call i32 @mark(i32 noundef 9, i32 noundef 0)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %45

39:                                               ; preds = %36
  %40 = call i32 @mark(i32 noundef 10, i32 noundef 1)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %45

42:                                               ; preds = %39, %33
  %43 = load i32, i32* %2, align 4
  %44 = add nsw i32 %43, 8
  store i32 %44, i32* %2, align 4
  br label %45

45:                                               ; preds = %42, %39, %36
  %46 = call i32 @mark(i32 noundef 11, i32 noundef 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %48, label %54

48:                                               ; preds = %45
  %49 = call i32 @mark(i32 noundef 12, i32 noundef 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %51, label %54

51:                                               ; preds = %48
  %52 = call i32 @mark(i32 noundef 13, i32 noundef 0)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %57

54:                                               ; preds = %51, %48, %45
  %55 = load i32, i32* %2, align 4
  %56 = add nsw i32 %55, 16
  store i32 %56, i32* %2, align 4
  br label %57

57:                                               ; preds = %54, %51
  store i32 0, i32* %3, align 4
  br label %58

58:                                               ; preds = %68, %57
  %59 = load i32, i32* %3, align 4
  %60 = icmp slt i32 %59, 3
  br i1 %60, label %61, label %66

61:                                               ; preds = %58
  %62 = load i32, i32* %3, align 4
  %63 = add nsw i32 14, %62
  %64 = call i32 @mark(i32 noundef %63, i32 noundef 1)
  %65 = icmp ne i32 %64, 0
  br label %66

66:                                               ; preds = %61, %58
  %67 = phi i1 [ false, %58 ], [ %65, %61 ]
  br i1 %67, label %68, label %71

68:                                               ; preds = %66
  %69 = load i32, i32* %3, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, i32* %3, align 4
  br label %58, !llvm.loop !6

71:                                               ; preds = %66
  %72 = load i32, i32* %2, align 4
  %73 = call i32 @safe_div_check(i32 noundef 10, i32 noundef 0)
  %74 = mul nsw i32 %73, 32
  %75 = add nsw i32 %72, %74
  %76 = call i32 @safe_div_check(i32 noundef 10, i32 noundef 3)
  %77 = mul nsw i32 %76, 64
  %78 = add nsw i32 %75, %77
  store i32 %78, i32* %2, align 4
  %79 = load i32, i32* @calls, align 4
  call void @putarray(i32 noundef %79, i32* noundef getelementptr inbounds ([32 x i32], [32 x i32]* @trace, i64 0, i64 0))
  %80 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %80)
  call void @putch(i32 noundef 10)
  %81 = load i32, i32* %2, align 4
  ret i32 %81
}

declare void @putarray(i32 noundef, i32* noundef) #1

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
