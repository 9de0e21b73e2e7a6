	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_roman_numerals.sy"
	.globl	to_roman                        # -- Begin function to_roman
	.p2align	1
	.type	to_roman,@function
to_roman:                               # @to_roman
# %bb.0:
	blez	a0, .LBB0_10
# %bb.1:
	li	t1, 0
	li	a1, 0
.LBB0_11:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(vals)
	addi	t0, t0, %pcrel_lo(.LBB0_11)
.LBB0_12:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(sym1)
	addi	a6, a6, %pcrel_lo(.LBB0_12)
.LBB0_13:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(sym2)
	addi	a7, a7, %pcrel_lo(.LBB0_13)
.LBB0_14:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(text)
	addi	a4, a4, %pcrel_lo(.LBB0_14)
	j	.LBB0_4
.LBB0_2:                                #   in Loop: Header=BB0_4 Depth=1
	mv	a5, a1
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=1
	sext.w	a2, a0
	addi	t1, t1, 1
	mv	a1, a5
	blez	a2, .LBB0_9
.LBB0_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_7 Depth 2
	slli	a2, t1, 2
	add	a3, t0, a2
	lw	a3, 0(a3)
	sext.w	a5, a0
	blt	a5, a3, .LBB0_2
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=1
	add	a5, a6, a2
	lw	t2, 0(a5)
	add	a2, a2, a7
	lw	a2, 0(a2)
	j	.LBB0_7
.LBB0_6:                                #   in Loop: Header=BB0_7 Depth=2
	subw	a0, a0, a3
	mv	a1, a5
	blt	a0, a3, .LBB0_3
.LBB0_7:                                #   Parent Loop BB0_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a5, a1, 2
	add	a5, a5, a4
	sw	t2, 0(a5)
	addiw	a5, a1, 1
	beqz	a2, .LBB0_6
# %bb.8:                                #   in Loop: Header=BB0_7 Depth=2
	slli	a5, a5, 2
	add	a5, a5, a4
	sw	a2, 0(a5)
	addiw	a5, a1, 2
	j	.LBB0_6
.LBB0_9:
	mv	a0, a5
	ret
.LBB0_10:
	li	a0, 0
	ret
.Lfunc_end0:
	.size	to_roman, .Lfunc_end0-to_roman
                                        # -- End function
	.globl	value_of                        # -- Begin function value_of
	.p2align	1
	.type	value_of,@function
value_of:                               # @value_of
# %bb.0:
	addi	a0, a0, -67
	li	a1, 21
	bltu	a1, a0, .LBB1_4
# %bb.1:
	slli	a0, a0, 2
.LBB1_10:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LJTI1_0)
	addi	a1, a1, %pcrel_lo(.LBB1_10)
	add	a0, a0, a1
	lw	a0, 0(a0)
	add	a1, a1, a0
	li	a0, 1
	jr	a1
.LBB1_2:
	li	a0, 100
	ret
.LBB1_3:
	li	a0, 500
	ret
.LBB1_4:
	li	a0, 0
.LBB1_5:
	ret
.LBB1_6:
	li	a0, 50
	ret
.LBB1_7:
	li	a0, 5
	ret
.LBB1_8:
	li	a0, 10
	ret
.LBB1_9:
	li	a0, 1000
	ret
.Lfunc_end1:
	.size	value_of, .Lfunc_end1-value_of
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI1_0:
	.word	.LBB1_2-.LJTI1_0
	.word	.LBB1_3-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_5-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_6-.LJTI1_0
	.word	.LBB1_9-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_7-.LJTI1_0
	.word	.LBB1_4-.LJTI1_0
	.word	.LBB1_8-.LJTI1_0
                                        # -- End function
	.text
	.globl	from_roman                      # -- Begin function from_roman
	.p2align	1
	.type	from_roman,@function
from_roman:                             # @from_roman
# %bb.0:
	blez	a0, .LBB2_24
# %bb.1:
	mv	a1, a0
	li	a2, 0
	li	a0, 0
	slli	a1, a1, 32
	srli	t1, a1, 32
.LBB2_25:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(text)
	addi	a3, a3, %pcrel_lo(.LBB2_25)
	addi	a3, a3, 4
	li	a6, 21
.LBB2_26:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(.LJTI2_1)
	addi	a7, a7, %pcrel_lo(.LBB2_26)
.LBB2_27:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(.LJTI2_0)
	addi	t0, t0, %pcrel_lo(.LBB2_27)
	j	.LBB2_3
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	addw	a0, a0, a5
	addi	a3, a3, 4
	beq	t1, a2, .LBB2_23
.LBB2_3:                                # =>This Inner Loop Header: Depth=1
	lw	a4, -4(a3)
	addi	a4, a4, -67
	bltu	a6, a4, .LBB2_7
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=1
	slli	a4, a4, 2
	add	a4, a4, t0
	lw	a4, 0(a4)
	add	a4, a4, t0
	li	a5, 1
	jr	a4
.LBB2_5:                                #   in Loop: Header=BB2_3 Depth=1
	li	a5, 100
	addi	a2, a2, 1
	bgeu	a2, t1, .LBB2_2
	j	.LBB2_12
.LBB2_6:                                #   in Loop: Header=BB2_3 Depth=1
	li	a5, 500
	addi	a2, a2, 1
	bgeu	a2, t1, .LBB2_2
	j	.LBB2_12
.LBB2_7:                                #   in Loop: Header=BB2_3 Depth=1
	li	a5, 0
	addi	a2, a2, 1
	bgeu	a2, t1, .LBB2_2
	j	.LBB2_12
.LBB2_8:                                #   in Loop: Header=BB2_3 Depth=1
	li	a5, 50
	addi	a2, a2, 1
	bgeu	a2, t1, .LBB2_2
	j	.LBB2_12
.LBB2_9:                                #   in Loop: Header=BB2_3 Depth=1
	li	a5, 1000
	addi	a2, a2, 1
	bgeu	a2, t1, .LBB2_2
	j	.LBB2_12
.LBB2_10:                               #   in Loop: Header=BB2_3 Depth=1
	li	a5, 5
.LBB2_11:                               #   in Loop: Header=BB2_3 Depth=1
	addi	a2, a2, 1
	bgeu	a2, t1, .LBB2_2
.LBB2_12:                               #   in Loop: Header=BB2_3 Depth=1
	lw	a4, 0(a3)
	addi	a4, a4, -67
	bltu	a6, a4, .LBB2_2
# %bb.13:                               #   in Loop: Header=BB2_3 Depth=1
	slli	a4, a4, 2
	add	a4, a4, a7
	lw	a4, 0(a4)
	add	a1, a4, a7
	li	a4, 1
	jr	a1
.LBB2_14:                               #   in Loop: Header=BB2_3 Depth=1
	li	a4, 100
	bgeu	a5, a4, .LBB2_2
	j	.LBB2_21
.LBB2_15:                               #   in Loop: Header=BB2_3 Depth=1
	li	a5, 10
	addi	a2, a2, 1
	bgeu	a2, t1, .LBB2_2
	j	.LBB2_12
.LBB2_16:                               #   in Loop: Header=BB2_3 Depth=1
	li	a4, 500
	bgeu	a5, a4, .LBB2_2
	j	.LBB2_21
.LBB2_17:                               #   in Loop: Header=BB2_3 Depth=1
	li	a4, 50
	bgeu	a5, a4, .LBB2_2
	j	.LBB2_21
.LBB2_18:                               #   in Loop: Header=BB2_3 Depth=1
	li	a4, 1000
	bgeu	a5, a4, .LBB2_2
	j	.LBB2_21
.LBB2_19:                               #   in Loop: Header=BB2_3 Depth=1
	li	a4, 5
.LBB2_20:                               #   in Loop: Header=BB2_3 Depth=1
	bgeu	a5, a4, .LBB2_2
.LBB2_21:                               #   in Loop: Header=BB2_3 Depth=1
	subw	a0, a0, a5
	addi	a3, a3, 4
	bne	t1, a2, .LBB2_3
	j	.LBB2_23
.LBB2_22:                               #   in Loop: Header=BB2_3 Depth=1
	li	a4, 10
	bgeu	a5, a4, .LBB2_2
	j	.LBB2_21
.LBB2_23:
	ret
.LBB2_24:
	li	a0, 0
	ret
.Lfunc_end2:
	.size	from_roman, .Lfunc_end2-from_roman
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI2_0:
	.word	.LBB2_5-.LJTI2_0
	.word	.LBB2_6-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_11-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_8-.LJTI2_0
	.word	.LBB2_9-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_10-.LJTI2_0
	.word	.LBB2_7-.LJTI2_0
	.word	.LBB2_15-.LJTI2_0
.LJTI2_1:
	.word	.LBB2_14-.LJTI2_1
	.word	.LBB2_16-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_20-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_17-.LJTI2_1
	.word	.LBB2_18-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_19-.LJTI2_1
	.word	.LBB2_2-.LJTI2_1
	.word	.LBB2_22-.LJTI2_1
                                        # -- End function
	.text
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	li	s8, 0
	li	s2, 0
.LBB3_24:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(.L__const.main.tests)
	addi	s7, s7, %pcrel_lo(.LBB3_24)
.LBB3_25:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(vals)
	addi	s3, s3, %pcrel_lo(.LBB3_25)
.LBB3_26:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(text)
	addi	s0, s0, %pcrel_lo(.LBB3_26)
	li	s9, 9
.LBB3_27:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(sym1)
	addi	s4, s4, %pcrel_lo(.LBB3_27)
.LBB3_28:                               # Label of block must be emitted
	auipc	s5, %pcrel_hi(sym2)
	addi	s5, s5, %pcrel_lo(.LBB3_28)
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	li	a0, 10
	call	putch@plt
	mv	a0, s1
	call	from_roman
	xor	a0, a0, s6
	seqz	a0, a0
	addi	s8, s8, 1
	addw	s2, s2, a0
	beq	s8, s9, .LBB3_12
.LBB3_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_4 Depth 2
                                        #       Child Loop BB3_7 Depth 3
                                        #     Child Loop BB3_11 Depth 2
	slli	a0, s8, 2
	add	a0, a0, s7
	lw	s6, 0(a0)
	li	a0, 0
	li	s1, 0
	mv	a1, s6
	j	.LBB3_4
.LBB3_3:                                #   in Loop: Header=BB3_4 Depth=2
	addi	a0, a0, 1
	blez	a1, .LBB3_9
.LBB3_4:                                #   Parent Loop BB3_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_7 Depth 3
	slli	a4, a0, 2
	add	a2, s3, a4
	lw	a2, 0(a2)
	blt	a1, a2, .LBB3_3
# %bb.5:                                #   in Loop: Header=BB3_4 Depth=2
	add	a3, s4, a4
	lw	a3, 0(a3)
	add	a4, a4, s5
	lw	a4, 0(a4)
	mv	a5, s1
	j	.LBB3_7
.LBB3_6:                                #   in Loop: Header=BB3_7 Depth=3
	subw	a1, a1, a2
	mv	a5, s1
	blt	a1, a2, .LBB3_3
.LBB3_7:                                #   Parent Loop BB3_2 Depth=1
                                        #     Parent Loop BB3_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slli	s1, a5, 2
	add	s1, s1, s0
	sw	a3, 0(s1)
	addiw	s1, a5, 1
	beqz	a4, .LBB3_6
# %bb.8:                                #   in Loop: Header=BB3_7 Depth=3
	slli	s1, s1, 2
	add	s1, s1, s0
	sw	a4, 0(s1)
	addiw	s1, a5, 2
	j	.LBB3_6
.LBB3_9:                                #   in Loop: Header=BB3_2 Depth=1
	mv	a0, s6
	call	putint@plt
	li	a0, 61
	call	putch@plt
	blez	s1, .LBB3_1
# %bb.10:                               #   in Loop: Header=BB3_2 Depth=1
	slli	a0, s1, 32
	srli	s10, a0, 32
	mv	s11, s0
.LBB3_11:                               #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a0, 0(s11)
	call	putch@plt
	addi	s10, s10, -1
	addi	s11, s11, 4
	bnez	s10, .LBB3_11
	j	.LBB3_1
.LBB3_12:
	li	a1, 0
	li	s1, 0
	li	a0, 1
	lui	a2, 1
	addiw	a6, a2, -97
.LBB3_29:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(text)
	addi	a2, a2, %pcrel_lo(.LBB3_29)
	j	.LBB3_14
.LBB3_13:                               #   in Loop: Header=BB3_14 Depth=1
	addiw	a0, t1, 1
	bgeu	t1, a6, .LBB3_23
.LBB3_14:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_16 Depth 2
                                        #       Child Loop BB3_19 Depth 3
	li	a3, 0
	mv	t1, a0
	mv	t0, s1
	mv	a7, a1
	mv	a1, a0
	li	s1, 0
	j	.LBB3_16
.LBB3_15:                               #   in Loop: Header=BB3_16 Depth=2
	addi	a3, a3, 1
	blez	a1, .LBB3_21
.LBB3_16:                               #   Parent Loop BB3_14 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB3_19 Depth 3
	slli	a5, a3, 2
	add	a0, s3, a5
	lw	a0, 0(a0)
	blt	a1, a0, .LBB3_15
# %bb.17:                               #   in Loop: Header=BB3_16 Depth=2
	add	a4, s4, a5
	lw	a4, 0(a4)
	add	a5, a5, s5
	lw	a5, 0(a5)
	mv	s0, s1
	j	.LBB3_19
.LBB3_18:                               #   in Loop: Header=BB3_19 Depth=3
	subw	a1, a1, a0
	mv	s0, s1
	blt	a1, a0, .LBB3_15
.LBB3_19:                               #   Parent Loop BB3_14 Depth=1
                                        #     Parent Loop BB3_16 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slli	s1, s0, 2
	add	s1, s1, a2
	sw	a4, 0(s1)
	addiw	s1, s0, 1
	beqz	a5, .LBB3_18
# %bb.20:                               #   in Loop: Header=BB3_19 Depth=3
	slli	s1, s1, 2
	add	s1, s1, a2
	sw	a5, 0(s1)
	addiw	s1, s0, 2
	j	.LBB3_18
.LBB3_21:                               #   in Loop: Header=BB3_14 Depth=1
	mv	a1, t1
	blt	t0, s1, .LBB3_13
# %bb.22:                               #   in Loop: Header=BB3_14 Depth=1
	mv	s1, t0
	mv	a1, a7
	j	.LBB3_13
.LBB3_23:
.LBB3_30:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_30)
	mv	a2, s1
	call	putf@plt
	addw	a0, s1, s2
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	vals,@object                    # @vals
	.data
	.globl	vals
	.p2align	2
vals:
	.word	1000                            # 0x3e8
	.word	900                             # 0x384
	.word	500                             # 0x1f4
	.word	400                             # 0x190
	.word	100                             # 0x64
	.word	90                              # 0x5a
	.word	50                              # 0x32
	.word	40                              # 0x28
	.word	10                              # 0xa
	.word	9                               # 0x9
	.word	5                               # 0x5
	.word	4                               # 0x4
	.word	1                               # 0x1
	.size	vals, 52

	.type	sym1,@object                    # @sym1
	.globl	sym1
	.p2align	2
sym1:
	.word	77                              # 0x4d
	.word	67                              # 0x43
	.word	68                              # 0x44
	.word	67                              # 0x43
	.word	67                              # 0x43
	.word	88                              # 0x58
	.word	76                              # 0x4c
	.word	88                              # 0x58
	.word	88                              # 0x58
	.word	73                              # 0x49
	.word	86                              # 0x56
	.word	73                              # 0x49
	.word	73                              # 0x49
	.size	sym1, 52

	.type	sym2,@object                    # @sym2
	.globl	sym2
	.p2align	2
sym2:
	.word	0                               # 0x0
	.word	77                              # 0x4d
	.word	0                               # 0x0
	.word	68                              # 0x44
	.word	0                               # 0x0
	.word	67                              # 0x43
	.word	0                               # 0x0
	.word	76                              # 0x4c
	.word	0                               # 0x0
	.word	88                              # 0x58
	.word	0                               # 0x0
	.word	86                              # 0x56
	.word	0                               # 0x0
	.size	sym2, 52

	.type	text,@object                    # @text
	.bss
	.globl	text
	.p2align	2
text:
	.zero	128
	.size	text, 128

	.type	.L__const.main.tests,@object    # @__const.main.tests
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.tests:
	.word	1                               # 0x1
	.word	4                               # 0x4
	.word	9                               # 0x9
	.word	14                              # 0xe
	.word	40                              # 0x28
	.word	1994                            # 0x7ca
	.word	2024                            # 0x7e8
	.word	3888                            # 0xf30
	.word	3999                            # 0xf9f
	.size	.L__const.main.tests, 36

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"longest: %d (%d chars)\n"
	.size	.L.str, 24

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
