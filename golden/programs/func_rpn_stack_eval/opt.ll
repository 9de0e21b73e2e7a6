; ModuleID = 'func_rpn_stack_eval.sy'
source_filename = "func_rpn_stack_eval.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@sp = dso_local local_unnamed_addr global i32 0, align 4
@stack = dso_local local_unnamed_addr global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [11 x i8] c"malformed\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @push(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @sp, align 4, !tbaa !5
  %3 = sext i32 %2 to i64
  %4 = getelementptr inbounds [64 x i32], [64 x i32]* @stack, i64 0, i64 %3
  store i32 %0, i32* %4, align 4, !tbaa !5
  %5 = add nsw i32 %2, 1
  store i32 %5, i32* @sp, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @pop() local_unnamed_addr #0 {
  %1 = load i32, i32* @sp, align 4, !tbaa !5
  %2 = add nsw i32 %1, -1
  store i32 %2, i32* @sp, align 4, !tbaa !5
  %3 = sext i32 %2 to i64
  %4 = getelementptr inbounds [64 x i32], [64 x i32]* @stack, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @apply(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  switch i32 %0, label %14 [
    i32 -1, label %4
    i32 -2, label %6
    i32 -3, label %8
    i32 -4, label %10
  ]

4:                                                ; preds = %3
  %5 = add nsw i32 %2, %1
  br label %18

6:                                                ; preds = %3
  %7 = sub nsw i32 %1, %2
  br label %18

8:                                                ; preds = %3
  %9 = mul nsw i32 %2, %1
  br label %18

10:                                               ; preds = %3
  %11 = icmp eq i32 %2, 0
  br i1 %11, label %18, label %12

12:                                               ; preds = %10
  %13 = sdiv i32 %1, %2
  br label %18

14:                                               ; preds = %3
  %15 = icmp eq i32 %2, 0
  br i1 %15, label %18, label %16

16:                                               ; preds = %14
  %17 = srem i32 %1, %2
  br label %18

18:                                               ; preds = %14, %10, %16, %12, %8, %6, %4
  %19 = phi i32 [ %5, %4 ], [ %7, %6 ], [ %9, %8 ], [ %13, %12 ], [ %17, %16 ], [ 0, %10 ], [ 0, %14 ]
  ret i32 %19
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getint() #4
  %2 = icmp sgt i32 %1, 0
  br i1 %2, label %3, label %67

3:                                                ; preds = %0, %63
  %4 = phi i32 [ %65, %63 ], [ %1, %0 ]
  %5 = phi i32 [ %64, %63 ], [ 0, %0 ]
  %6 = tail call i32 @getint() #4
  store i32 0, i32* @sp, align 4, !tbaa !5
  %7 = icmp sgt i32 %6, 0
  br i1 %7, label %8, label %59

8:                                                ; preds = %3, %50
  %9 = phi i32 [ %53, %50 ], [ %6, %3 ]
  %10 = phi i32 [ %52, %50 ], [ 0, %3 ]
  %11 = tail call i32 @getint() #4
  %12 = icmp sgt i32 %11, -1
  %13 = load i32, i32* @sp, align 4, !tbaa !5
  br i1 %12, label %14, label %20

14:                                               ; preds = %8
  %15 = icmp slt i32 %13, 64
  br i1 %15, label %16, label %50

16:                                               ; preds = %14
  %17 = sext i32 %13 to i64
  %18 = getelementptr inbounds [64 x i32], [64 x i32]* @stack, i64 0, i64 %17
  store i32 %11, i32* %18, align 4, !tbaa !5
  %19 = add nsw i32 %13, 1
  br label %48

20:                                               ; preds = %8
  %21 = icmp slt i32 %13, 2
  br i1 %21, label %50, label %22

22:                                               ; preds = %20
  %23 = add nsw i32 %13, -1
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds [64 x i32], [64 x i32]* @stack, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = add nsw i32 %13, -2
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds [64 x i32], [64 x i32]* @stack, i64 0, i64 %28
  %30 = load i32, i32* %29, align 4, !tbaa !5
  switch i32 %11, label %41 [
    i32 -1, label %31
    i32 -2, label %33
    i32 -3, label %35
    i32 -4, label %37
  ]

31:                                               ; preds = %22
  %32 = add nsw i32 %30, %26
  br label %45

33:                                               ; preds = %22
  %34 = sub nsw i32 %30, %26
  br label %45

35:                                               ; preds = %22
  %36 = mul nsw i32 %30, %26
  br label %45

37:                                               ; preds = %22
  %38 = icmp eq i32 %26, 0
  br i1 %38, label %45, label %39

39:                                               ; preds = %37
  %40 = sdiv i32 %30, %26
  br label %45

41:                                               ; preds = %22
  %42 = icmp eq i32 %26, 0
  br i1 %42, label %45, label %43

43:                                               ; preds = %41
  %44 = srem i32 %30, %26
  br label %45

45:                                               ; preds = %31, %33, %35, %37, %39, %41, %43
  %46 = phi i32 [ %32, %31 ], [ %34, %33 ], [ %36, %35 ], [ %40, %39 ], [ %44, %43 ], [ 0, %37 ], [ 0, %41 ]
  %47 = srem i32 %46, 100000
  store i32 %47, i32* %29, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %16, %45
  %49 = phi i32 [ %23, %45 ], [ %19, %16 ]
  store i32 %49, i32* @sp, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %48, %20, %14
  %51 = phi i32 [ %13, %14 ], [ %13, %20 ], [ %49, %48 ]
  %52 = phi i32 [ 1, %14 ], [ 1, %20 ], [ %10, %48 ]
  %53 = add nsw i32 %9, -1
  %54 = icmp sgt i32 %9, 1
  br i1 %54, label %8, label %55, !llvm.loop !9

55:                                               ; preds = %50
  %56 = icmp ne i32 %52, 0
  %57 = icmp ne i32 %51, 1
  %58 = select i1 %56, i1 true, i1 %57
  br i1 %58, label %59, label %60

59:                                               ; preds = %3, %55
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([11 x i8], [11 x i8]* @.str, i64 0, i64 0)) #4
  br label %63

60:                                               ; preds = %55
  store i32 0, i32* @sp, align 4, !tbaa !5
  %61 = load i32, i32* getelementptr inbounds ([64 x i32], [64 x i32]* @stack, i64 0, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %61) #4
  tail call void @putch(i32 noundef 10) #4
  %62 = add nsw i32 %61, %5
  br label %63

63:                                               ; preds = %60, %59
  %64 = phi i32 [ %5, %59 ], [ %62, %60 ]
  %65 = add nsw i32 %4, -1
  %66 = icmp sgt i32 %4, 1
  br i1 %66, label %3, label %67, !llvm.loop !11

67:                                               ; preds = %63, %0
  %68 = phi i32 [ 0, %0 ], [ %64, %63 ]
  %69 = srem i32 %68, 256
  ret i32 %69
}

declare i32 @getint() local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
