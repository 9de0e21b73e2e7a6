; ModuleID = 'func_quick_sort.sy'
source_filename = "func_quick_sort.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@seed = dso_local local_unnamed_addr global i32 12345, align 4
@a = dso_local global [200 x i32] zeroinitializer, align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @next_rand() local_unnamed_addr #0 {
  %1 = load i32, i32* @seed, align 4, !tbaa !5
  %2 = mul nsw i32 %1, 1103
  %3 = add nsw i32 %2, 12345
  %4 = srem i32 %3, 1000003
  store i32 %4, i32* @seed, align 4, !tbaa !5
  ret i32 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @swap(i32* nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds i32, i32* %0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  %7 = sext i32 %2 to i64
  %8 = getelementptr inbounds i32, i32* %0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  store i32 %9, i32* %5, align 4, !tbaa !5
  store i32 %6, i32* %8, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @partition(i32* nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = sext i32 %2 to i64
  %5 = getelementptr inbounds i32, i32* %0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  %7 = add nsw i32 %1, -1
  %8 = icmp slt i32 %1, %2
  br i1 %8, label %9, label %61

9:                                                ; preds = %3
  %10 = sext i32 %1 to i64
  %11 = sub nsw i64 %4, %10
  %12 = xor i64 %10, -1
  %13 = and i64 %11, 1
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %26, label %15

15:                                               ; preds = %9
  %16 = getelementptr inbounds i32, i32* %0, i64 %10
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = icmp sgt i32 %17, %6
  br i1 %18, label %23, label %19

19:                                               ; preds = %15
  %20 = sext i32 %1 to i64
  %21 = getelementptr inbounds i32, i32* %0, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  store i32 %17, i32* %21, align 4, !tbaa !5
  store i32 %22, i32* %16, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %19, %15
  %24 = phi i32 [ %1, %19 ], [ %7, %15 ]
  %25 = add nsw i64 %10, 1
  br label %26

26:                                               ; preds = %23, %9
  %27 = phi i32 [ undef, %9 ], [ %24, %23 ]
  %28 = phi i64 [ %10, %9 ], [ %25, %23 ]
  %29 = phi i32 [ %7, %9 ], [ %24, %23 ]
  %30 = sub nsw i64 0, %4
  %31 = icmp eq i64 %12, %30
  br i1 %31, label %58, label %32

32:                                               ; preds = %26, %54
  %33 = phi i64 [ %56, %54 ], [ %28, %26 ]
  %34 = phi i32 [ %55, %54 ], [ %29, %26 ]
  %35 = getelementptr inbounds i32, i32* %0, i64 %33
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = icmp sgt i32 %36, %6
  br i1 %37, label %43, label %38

38:                                               ; preds = %32
  %39 = add nsw i32 %34, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i32, i32* %0, i64 %40
  %42 = load i32, i32* %41, align 4, !tbaa !5
  store i32 %36, i32* %41, align 4, !tbaa !5
  store i32 %42, i32* %35, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %38, %32
  %44 = phi i32 [ %39, %38 ], [ %34, %32 ]
  %45 = add nsw i64 %33, 1
  %46 = getelementptr inbounds i32, i32* %0, i64 %45
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = icmp sgt i32 %47, %6
  br i1 %48, label %54, label %49

49:                                               ; preds = %43
  %50 = add nsw i32 %44, 1
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i32, i32* %0, i64 %51
  %53 = load i32, i32* %52, align 4, !tbaa !5
  store i32 %47, i32* %52, align 4, !tbaa !5
  store i32 %53, i32* %46, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %49, %43
  %55 = phi i32 [ %50, %49 ], [ %44, %43 ]
  %56 = add nsw i64 %33, 2
  %57 = icmp eq i64 %56, %4
  br i1 %57, label %58, label %32, !llvm.loop !9

58:                                               ; preds = %54, %26
  %59 = phi i32 [ %27, %26 ], [ %55, %54 ]
  %60 = load i32, i32* %5, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %58, %3
  %62 = phi i32 [ %6, %3 ], [ %60, %58 ]
  %63 = phi i32 [ %7, %3 ], [ %59, %58 ]
  %64 = add nsw i32 %63, 1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i32, i32* %0, i64 %65
  %67 = load i32, i32* %66, align 4, !tbaa !5
  store i32 %62, i32* %66, align 4, !tbaa !5
  store i32 %67, i32* %5, align 4, !tbaa !5
  ret i32 %64
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @quicksort(i32* noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = icmp slt i32 %1, %2
  br i1 %4, label %5, label %69

5:                                                ; preds = %3
  %6 = sext i32 %2 to i64
  %7 = getelementptr inbounds i32, i32* %0, i64 %6
  %8 = sub nsw i64 0, %6
  br label %9

9:                                                ; preds = %5, %60
  %10 = phi i32 [ %1, %5 ], [ %67, %60 ]
  %11 = load i32, i32* %7, align 4, !tbaa !5
  %12 = add nsw i32 %10, -1
  %13 = sext i32 %10 to i64
  %14 = sub nsw i64 %6, %13
  %15 = xor i64 %13, -1
  %16 = and i64 %14, 1
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %29, label %18

18:                                               ; preds = %9
  %19 = getelementptr inbounds i32, i32* %0, i64 %13
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = icmp sgt i32 %20, %11
  br i1 %21, label %26, label %22

22:                                               ; preds = %18
  %23 = sext i32 %10 to i64
  %24 = getelementptr inbounds i32, i32* %0, i64 %23
  %25 = load i32, i32* %24, align 4, !tbaa !5
  store i32 %20, i32* %24, align 4, !tbaa !5
  store i32 %25, i32* %19, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %22, %18
  %27 = phi i32 [ %10, %22 ], [ %12, %18 ]
  %28 = add nsw i64 %13, 1
  br label %29

29:                                               ; preds = %26, %9
  %30 = phi i32 [ undef, %9 ], [ %27, %26 ]
  %31 = phi i64 [ %13, %9 ], [ %28, %26 ]
  %32 = phi i32 [ %12, %9 ], [ %27, %26 ]
  %33 = icmp eq i64 %15, %8
  br i1 %33, label %60, label %34

34:                                               ; preds = %29, %56
  %35 = phi i64 [ %58, %56 ], [ %31, %29 ]
  %36 = phi i32 [ %57, %56 ], [ %32, %29 ]
  %37 = getelementptr inbounds i32, i32* %0, i64 %35
  %38 = load i32, i32* %37, align 4, !tbaa !5
  %39 = icmp sgt i32 %38, %11
  br i1 %39, label %45, label %40

40:                                               ; preds = %34
  %41 = add nsw i32 %36, 1
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds i32, i32* %0, i64 %42
  %44 = load i32, i32* %43, align 4, !tbaa !5
  store i32 %38, i32* %43, align 4, !tbaa !5
  store i32 %44, i32* %37, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %40, %34
  %46 = phi i32 [ %41, %40 ], [ %36, %34 ]
  %47 = add nsw i64 %35, 1
  %48 = getelementptr inbounds i32, i32* %0, i64 %47
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = icmp sgt i32 %49, %11
  br i1 %50, label %56, label %51

51:                                               ; preds = %45
  %52 = add nsw i32 %46, 1
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds i32, i32* %0, i64 %53
  %55 = load i32, i32* %54, align 4, !tbaa !5
  store i32 %49, i32* %54, align 4, !tbaa !5
  store i32 %55, i32* %48, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %51, %45
  %57 = phi i32 [ %52, %51 ], [ %46, %45 ]
  %58 = add nsw i64 %35, 2
  %59 = icmp eq i64 %58, %6
  br i1 %59, label %60, label %34, !llvm.loop !9

60:                                               ; preds = %56, %29
  %61 = phi i32 [ %30, %29 ], [ %57, %56 ]
  %62 = load i32, i32* %7, align 4, !tbaa !5
  %63 = add nsw i32 %61, 1
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i32, i32* %0, i64 %64
  %66 = load i32, i32* %65, align 4, !tbaa !5
  store i32 %62, i32* %65, align 4, !tbaa !5
  store i32 %66, i32* %7, align 4, !tbaa !5
  tail call void @quicksort(i32* noundef nonnull %0, i32 noundef %10, i32 noundef %61)
  %67 = add nsw i32 %61, 2
  %68 = icmp slt i32 %67, %2
  br i1 %68, label %9, label %69

69:                                               ; preds = %60, %3
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = load i32, i32* @seed, align 4, !tbaa !5
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %11, %2 ]
  %4 = phi i32 [ %1, %0 ], [ %7, %2 ]
  %5 = mul nsw i32 %4, 1103
  %6 = add nsw i32 %5, 12345
  %7 = srem i32 %6, 1000003
  %8 = srem i32 %7, 2001
  %9 = add nsw i32 %8, -1000
  %10 = getelementptr inbounds [200 x i32], [200 x i32]* @a, i64 0, i64 %3
  store i32 %9, i32* %10, align 4, !tbaa !5
  %11 = add nuw nsw i64 %3, 1
  %12 = icmp eq i64 %11, 200
  br i1 %12, label %13, label %2, !llvm.loop !11

13:                                               ; preds = %2
  store i32 %7, i32* @seed, align 4, !tbaa !5
  tail call void @quicksort(i32* noundef getelementptr inbounds ([200 x i32], [200 x i32]* @a, i64 0, i64 0), i32 noundef 0, i32 noundef 199)
  %14 = load i32, i32* getelementptr inbounds ([200 x i32], [200 x i32]* @a, i64 0, i64 0), align 16, !tbaa !5
  br label %15

15:                                               ; preds = %35, %13
  %16 = phi i32 [ %14, %13 ], [ %37, %35 ]
  %17 = phi i64 [ 1, %13 ], [ %40, %35 ]
  %18 = phi i32 [ 1, %13 ], [ %39, %35 ]
  %19 = getelementptr inbounds [200 x i32], [200 x i32]* @a, i64 0, i64 %17
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = icmp sgt i32 %16, %20
  %22 = add nuw nsw i64 %17, 1
  %23 = getelementptr inbounds [200 x i32], [200 x i32]* @a, i64 0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = icmp sgt i32 %20, %24
  %26 = add nuw nsw i64 %17, 2
  %27 = getelementptr inbounds [200 x i32], [200 x i32]* @a, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp sgt i32 %24, %28
  %30 = select i1 %29, i1 true, i1 %25
  %31 = select i1 %30, i1 true, i1 %21
  %32 = select i1 %31, i32 0, i32 %18
  %33 = add nuw nsw i64 %17, 3
  %34 = icmp eq i64 %33, 200
  br i1 %34, label %41, label %35, !llvm.loop !12

35:                                               ; preds = %15
  %36 = getelementptr inbounds [200 x i32], [200 x i32]* @a, i64 0, i64 %33
  %37 = load i32, i32* %36, align 4, !tbaa !5
  %38 = icmp sgt i32 %28, %37
  %39 = select i1 %38, i32 0, i32 %32
  %40 = add nuw nsw i64 %17, 4
  br label %15

41:                                               ; preds = %15
  tail call void @putarray(i32 noundef 20, i32* noundef getelementptr inbounds ([200 x i32], [200 x i32]* @a, i64 0, i64 0)) #5
  %42 = load i32, i32* getelementptr inbounds ([200 x i32], [200 x i32]* @a, i64 0, i64 100), align 16, !tbaa !5
  tail call void @putint(i32 noundef %42) #5
  tail call void @putch(i32 noundef 10) #5
  %43 = load i32, i32* getelementptr inbounds ([200 x i32], [200 x i32]* @a, i64 0, i64 199), align 4, !tbaa !5
  tail call void @putint(i32 noundef %43) #5
  tail call void @putch(i32 noundef 10) #5
  %44 = mul nsw i32 %32, 100
  %45 = add nsw i32 %44, 4
  ret i32 %45
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #4

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
!12 = distinct !{!12, !10}
